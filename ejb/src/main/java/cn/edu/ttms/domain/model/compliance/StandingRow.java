package cn.edu.ttms.domain.model.compliance;

import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.shared.Module;
import java.util.Optional;

/**
 * The requirement rows of rules.md §1 as a compliance standing records them: whether the period's
 * recognised results fall short in each. The order is the policy's (the order of a compliance report).
 */
public enum StandingRow {
    TOTAL_HOURS(Requirement.TOTAL_HOURS, null),
    COUNTY_OR_ABOVE_HOURS(Requirement.COUNTY_OR_ABOVE_HOURS, null),
    SCHOOL_BASED_HOURS(Requirement.SCHOOL_BASED_HOURS, null),
    TOTAL_CREDITS(Requirement.TOTAL_CREDITS, null),
    ETHICS(Requirement.MODULE_CREDITS, Module.ETHICS),
    KNOWLEDGE(Requirement.MODULE_CREDITS, Module.KNOWLEDGE),
    COMPETENCE(Requirement.MODULE_CREDITS, Module.COMPETENCE),
    CLASS_MANAGEMENT(Requirement.MODULE_CREDITS, Module.CLASS_MANAGEMENT),
    SCHOOL_BASED(Requirement.MODULE_CREDITS, Module.SCHOOL_BASED),
    SELF_SELECTED_SHARE(Requirement.SELF_SELECTED_SHARE, null);

    private final Requirement requirement;
    private final Module module;

    StandingRow(Requirement requirement, Module module) {
        this.requirement = requirement;
        this.module = module;
    }

    public Requirement requirement() {
        return requirement;
    }

    /** The module of a module row, else null. */
    public Module module() {
        return module;
    }

    /** The standing row of a report's requirement row. */
    public static Optional<StandingRow> of(RequirementRow row) {
        for (StandingRow r : values()) {
            if (r.requirement == row.requirement() && r.module == row.module()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
