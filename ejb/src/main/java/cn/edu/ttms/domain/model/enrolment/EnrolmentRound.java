package cn.edu.ttms.domain.model.enrolment;

import cn.edu.ttms.domain.model.shared.Conflict;
import cn.edu.ttms.domain.model.shared.Invalid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A round of enrolment with its window. In a LOTTERY round every entry made within the window waits
 * for the draw, so that opening time is not a race; the draw happens once, after the window, with a
 * seed that is kept.
 */
@Entity
@Table(name = "enrolment_round")
public class EnrolmentRound {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "round_no", nullable = false)
    private int roundNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundMode mode;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    private Long seed;

    @Column(name = "drawn_at")
    private Instant drawnAt;

    @Column(name = "drawn_by", length = 64)
    private String drawnBy;

    @Version
    private long version;

    protected EnrolmentRound() {}

    public EnrolmentRound(long projectId, int roundNo, RoundMode mode, Instant opensAt, Instant closesAt) {
        this.projectId = projectId;
        this.roundNo = roundNo;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.opensAt = Objects.requireNonNull(opensAt, "opensAt");
        this.closesAt = Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new Invalid("error.round.window", "a round closes after it opens");
        }
    }

    public boolean isOpen(Instant at) {
        return !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    /** A lottery whose window has closed but whose draw has not happened: entries are neither taken nor refused. */
    public boolean awaitingDraw(Instant at) {
        return mode == RoundMode.LOTTERY && drawnAt == null && !at.isBefore(closesAt);
    }

    /** Where the round stands at {@code at}: a drawn lottery stays DRAWN; a closed first-come round is CLOSED. */
    public RoundState stateAt(Instant at) {
        if (drawnAt != null) {
            return RoundState.DRAWN;
        }
        if (at.isBefore(opensAt)) {
            return RoundState.UPCOMING;
        }
        if (isOpen(at)) {
            return RoundState.OPEN;
        }
        return mode == RoundMode.LOTTERY ? RoundState.AWAITING_DRAW : RoundState.CLOSED;
    }

    /** Records the draw; the order itself follows from the seed and the entries ({@link Lottery}). */
    public void drawn(long withSeed, String by, Instant at) {
        if (mode != RoundMode.LOTTERY) {
            throw new Invalid("error.round.notLottery", "only a lottery is drawn");
        }
        if (drawnAt != null) {
            throw new Conflict("error.round.alreadyDrawn", "drawn already", String.valueOf(seed));
        }
        if (at.isBefore(closesAt)) {
            throw new Conflict("error.round.stillOpen", "the window is still open", closesAt.toString());
        }
        seed = withSeed;
        drawnBy = by;
        drawnAt = at;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public int roundNo() {
        return roundNo;
    }

    public RoundMode mode() {
        return mode;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Long seed() {
        return seed;
    }

    public Instant drawnAt() {
        return drawnAt;
    }

    public String drawnBy() {
        return drawnBy;
    }
}
