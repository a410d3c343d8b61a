package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/**
 * A row of the minimums table (rules.md §1): what a teacher must reach in a cycle and in each year.
 * Art. 9 sets the hour rows, art. 11 the credit rows, art. 7 the self-selected share.
 */
public enum Requirement implements MessageKeyed {
    /** Art. 9: 360 h a cycle, 72 h a year. */
    TOTAL_HOURS(Unit.HOURS),
    /** Art. 9: 240 h / 48 h in county-level-or-above projects. */
    COUNTY_OR_ABOVE_HOURS(Unit.HOURS),
    /** Art. 9: 120 h / 24 h of school-based training (校本研修类培训). */
    SCHOOL_BASED_HOURS(Unit.HOURS),
    /** Art. 11: 360 credits a cycle, 72 a year. */
    TOTAL_CREDITS(Unit.CREDITS),
    /** Art. 11: a minimum per module; one row per module. */
    MODULE_CREDITS(Unit.CREDITS),
    /** Art. 7: at least 60 % of the cycle's credits from self-selected projects; cycle only. */
    SELF_SELECTED_SHARE(Unit.PERCENT);

    /** What the required and actual figures of the row count. */
    public enum Unit {
        HOURS,
        CREDITS,
        PERCENT
    }

    private final Unit unit;

    Requirement(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** The share applies to the cycle as a whole; a single year has no such row (art. 7). */
    public boolean cycleOnly() {
        return this == SELF_SELECTED_SHARE;
    }

    @Override
    public String messageKey() {
        return "requirement." + name();
    }
}
