package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Cycle;
import cn.edu.ttms.domain.model.shared.Invalid;

/**
 * A compliance report was asked for a cycle that the policy does not have: cycles run on fixed
 * calendar years from the policy's first cycle year (rules.md §1), so 2027 cannot start one when
 * 2026–2030 is a cycle.
 */
public class InvalidCycleStart extends Invalid {

    private static final long serialVersionUID = 1L;

    public InvalidCycleStart(int year, Cycle containing) {
        super(
                "error.cycle.invalidStart",
                "No cycle starts in "
                        + year
                        + "; that year lies in the cycle "
                        + containing
                        + ", which starts in "
                        + containing.firstYear(),
                year,
                containing.firstYear(),
                containing.lastYear());
    }
}
