package cn.edu.ttms.domain.model.enrolment;

import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import cn.edu.ttms.domain.model.shared.Level;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A teacher in a project (workflow.md §2). It keeps the project's level and dates as they were at
 * enrolment, so that the one-project-per-level rule is checked with one indexed query, and the
 * teacher's unit path, so that every roster is filtered by the reader's subtree.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Column(name = "unit_path", nullable = false, length = 255)
    @AuditScope
    private String unitPath;

    @Column(name = "quota_unit_id")
    private Long quotaUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Level level;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(length = 500)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "wait_position")
    private Integer waitPosition;

    @Column(name = "school_approved_by", length = 64)
    private String schoolApprovedBy;

    @Column(name = "school_approved_at")
    private Instant schoolApprovedAt;

    @Version
    private long version;

    protected Enrolment() {}

    public Enrolment(
            long projectId,
            long teacherId,
            String unitPath,
            Long quotaUnitId,
            Level level,
            LocalDate startsOn,
            LocalDate endsOn,
            EnrolmentChannel channel,
            String createdBy,
            Instant at) {
        this.projectId = projectId;
        this.teacherId = teacherId;
        this.unitPath = Objects.requireNonNull(unitPath, "unitPath");
        this.quotaUnitId = quotaUnitId;
        this.level = Objects.requireNonNull(level, "level");
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.status =
                channel == EnrolmentChannel.NOMINATED ? EnrolmentStatus.ENROLLED : EnrolmentStatus.PENDING_APPROVAL;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** Whether its dates overlap another period; an undated side overlaps everything (the safe reading). */
    public boolean overlaps(LocalDate start, LocalDate end) {
        if (startsOn == null || endsOn == null || start == null || end == null) {
            return true;
        }
        return !startsOn.isAfter(end) && !start.isAfter(endsOn);
    }

    /** A teacher who withdrew or was refused comes back: the same row, a new start. */
    public void renew(EnrolmentChannel newChannel, Long newQuotaUnit, String by, Instant at) {
        if (status.active()) {
            throw EnrolmentRefused.already(status);
        }
        channel = Objects.requireNonNull(newChannel, "channel");
        status = newChannel == EnrolmentChannel.NOMINATED ? EnrolmentStatus.ENROLLED : EnrolmentStatus.PENDING_APPROVAL;
        quotaUnitId = newQuotaUnit;
        reason = null;
        createdBy = by;
        createdAt = at;
    }

    /** Entered into a lottery round: no seat until the draw. */
    public void enterLottery(long round) {
        requireActive();
        roundId = round;
        status = EnrolmentStatus.LOTTERY;
    }

    /** On the waiting list, at {@code position} (1 is next). */
    public void waitlist(int position) {
        requireActive();
        waitPosition = position;
        status = EnrolmentStatus.WAITLISTED;
    }

    /** Drawn in a lottery, or moved up from the waiting list: it holds the seat the caller has taken. */
    public void promote() {
        if (status != EnrolmentStatus.LOTTERY && status != EnrolmentStatus.WAITLISTED) {
            throw EnrolmentRefused.notPending(status);
        }
        waitPosition = null;
        status = EnrolmentStatus.ENROLLED;
    }

    private void requireActive() {
        if (!status.active()) {
            throw EnrolmentRefused.notPending(status);
        }
    }

    /** The school's approval, the first step of a SCHOOL_THEN_COUNTY chain: still pending the county's. */
    public void approveBySchool(String by, Instant at) {
        if (status != EnrolmentStatus.PENDING_APPROVAL) {
            throw EnrolmentRefused.notPending(status);
        }
        if (schoolApprovedBy != null) {
            throw EnrolmentRefused.awaitingCounty();
        }
        schoolApprovedBy = by;
        schoolApprovedAt = at;
    }

    public boolean schoolApproved() {
        return schoolApprovedBy != null;
    }

    /** An application approved: it takes its seat (the caller has taken it). */
    public void approve() {
        if (status != EnrolmentStatus.PENDING_APPROVAL) {
            throw EnrolmentRefused.notPending(status);
        }
        status = EnrolmentStatus.ENROLLED;
    }

    public void refuse(String why) {
        if (status != EnrolmentStatus.PENDING_APPROVAL) {
            throw EnrolmentRefused.notPending(status);
        }
        if (why == null || why.isBlank()) {
            throw EnrolmentRefused.reasonNeeded();
        }
        status = EnrolmentStatus.REFUSED;
        reason = why.strip();
    }

    /** @return whether it held a seat to give back */
    public boolean withdraw(String why) {
        if (!status.active()) {
            throw EnrolmentRefused.notPending(status);
        }
        boolean held = status == EnrolmentStatus.ENROLLED;
        status = EnrolmentStatus.WITHDRAWN;
        waitPosition = null;
        reason = why == null || why.isBlank() ? null : why.strip();
        return held;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("projectId", projectId);
        state.put("teacherId", teacherId);
        state.put("quotaUnitId", quotaUnitId);
        state.put("channel", channel);
        state.put("status", status);
        state.put("reason", reason);
        state.put("roundId", roundId);
        state.put("waitPosition", waitPosition);
        state.put("schoolApprovedBy", schoolApprovedBy);
        return state;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public long teacherId() {
        return teacherId;
    }

    public String unitPath() {
        return unitPath;
    }

    public Long quotaUnitId() {
        return quotaUnitId;
    }

    public Level level() {
        return level;
    }

    public EnrolmentChannel channel() {
        return channel;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Long roundId() {
        return roundId;
    }

    public Integer waitPosition() {
        return waitPosition;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
