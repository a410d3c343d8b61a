package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.domain.model.enrolment.RoundMode;
import cn.edu.ttms.domain.model.enrolment.RoundState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A project's enrolment rounds as the rounds page shows them: the places (capacity, free, waiting in
 * line), whether the caller may open, draw and backfill (only the owning bureau, and administrators),
 * and each round with its state, its entries waiting for a draw, and a drawn lottery's seed.
 */
public record RoundsOverview(
        long projectId,
        String projectName,
        int capacity,
        int placesLeft,
        int waiting,
        boolean mayManage,
        List<Line> rounds)
        implements Serializable {

    /** One round; {@code entries} are those still waiting for this round's draw. */
    public record Line(
            int roundNo,
            RoundMode mode,
            Instant opensAt,
            Instant closesAt,
            RoundState state,
            int entries,
            Long seed,
            Instant drawnAt,
            String drawnBy)
            implements Serializable {

        public boolean drawable() {
            return state == RoundState.AWAITING_DRAW;
        }
    }

    /** The waiting list moves up only when someone waits and a place is free. */
    public boolean backfillable() {
        return waiting > 0 && placesLeft > 0;
    }
}
