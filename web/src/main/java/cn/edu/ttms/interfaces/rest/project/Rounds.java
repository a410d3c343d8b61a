package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.application.enrolment.EnrolmentRounds;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRound;
import cn.edu.ttms.domain.model.enrolment.RoundMode;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of enrolment rounds: opening one, drawing a lottery, the waiting list's backfill. */
public final class Rounds {

    private Rounds() {}

    /** {@code {"mode": "FIRST_COME"|"LOTTERY", "opensAt", "closesAt"}} with ISO instants. */
    @Schema(name = "RoundRequest")
    public record OpenRequest(
            @NotNull RoundMode mode,

            @NotNull @Schema(example = "2026-12-01T00:00:00Z")
            Instant opensAt,

            @NotNull @Schema(example = "2026-12-08T00:00:00Z")
            Instant closesAt) {}

    @Schema(name = "EnrolmentRound")
    @JsonbPropertyOrder({"projectId", "roundNo", "mode", "opensAt", "closesAt"})
    public record RoundView(long projectId, int roundNo, RoundMode mode, Instant opensAt, Instant closesAt) {

        static RoundView of(long projectId, EnrolmentRound r) {
            return new RoundView(projectId, r.roundNo(), r.mode(), r.opensAt(), r.closesAt());
        }
    }

    /** {@code {"seed": 42}} to replay a draw; no seed for a fresh one. */
    @Schema(name = "DrawRequest")
    public record DrawRequest(
            @Schema(description = "重放某次抽签的种子；不填则随机") Long seed) {}

    /** The seed, the order of the entries (enrolment ids), who got a place and who waits, in order. */
    @Schema(name = "LotteryDraw")
    @JsonbPropertyOrder({"seed", "order", "enrolled", "waiting"})
    public record DrawResult(long seed, List<Long> order, List<Long> enrolled, List<Long> waiting) {

        static DrawResult of(EnrolmentRounds.Draw d) {
            return new DrawResult(d.seed(), d.order(), d.enrolled(), d.waiting());
        }
    }

    /** The enrolments the waiting list's backfill moved up. */
    @Schema(name = "Backfill")
    public record BackfillResult(List<Long> promoted) {}
}
