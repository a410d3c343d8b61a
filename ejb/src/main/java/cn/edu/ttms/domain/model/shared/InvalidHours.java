package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;

/** Hours must be a non-negative decimal with at most one place (rules.md §3.8). */
public class InvalidHours extends Invalid {

    private static final long serialVersionUID = 1L;

    public InvalidHours(BigDecimal value) {
        super(
                "error.hours.invalid",
                "Hours must be a number of at least 0 with at most one decimal place, not " + value,
                value);
    }
}
