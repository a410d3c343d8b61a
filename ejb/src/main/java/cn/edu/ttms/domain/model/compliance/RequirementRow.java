package cn.edu.ttms.domain.model.compliance;

import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.shared.Module;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a compliance report (rules.md §1; api.md {@code /compliance}): a requirement, its
 * module for module rows (else null), the minimum, and what the teacher has.
 *
 * <p>{@code actual}, {@code shortfall} and {@code met} count recognised results only — the final
 * figures (art. 20). {@code actualIncludingPending} adds results still in the sign-off chain, and
 * {@code stillNeeded} is what remains to be earned by the end of the period if those are
 * recognised. Hours carry 1 decimal, credits 2; the self-selected share is a percentage with 2
 * decimals, rounded down so that a share just below the minimum never shows as reaching it.
 */
public record RequirementRow(
        Requirement requirement,
        Module module,
        BigDecimal required,
        BigDecimal actual,
        BigDecimal actualIncludingPending,
        BigDecimal shortfall,
        BigDecimal stillNeeded,
        boolean met,
        boolean metIncludingPending)
        implements java.io.Serializable {

    public RequirementRow {
        Objects.requireNonNull(requirement, "requirement");
        if ((requirement == Requirement.MODULE_CREDITS) != (module != null)) {
            throw new IllegalArgumentException("Only module rows name a module");
        }
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(actualIncludingPending, "actualIncludingPending");
        Objects.requireNonNull(shortfall, "shortfall");
        Objects.requireNonNull(stillNeeded, "stillNeeded");
    }
}
