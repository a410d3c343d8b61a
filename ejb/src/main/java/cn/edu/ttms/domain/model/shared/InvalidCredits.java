package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;

/** Credits are never negative: a failed result earns 0, not less (art. 13). */
public class InvalidCredits extends Invalid {

    private static final long serialVersionUID = 1L;

    public InvalidCredits(BigDecimal value) {
        super("error.credits.invalid", "Credits cannot be negative: " + value, value);
    }
}
