package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;

/** A credit rate is credits per hour; it cannot be negative (art. 10). */
public class InvalidCreditRate extends Invalid {

    private static final long serialVersionUID = 1L;

    public InvalidCreditRate(BigDecimal value) {
        super("error.creditRate.invalid", "A credit rate cannot be negative: " + value, value);
    }
}
