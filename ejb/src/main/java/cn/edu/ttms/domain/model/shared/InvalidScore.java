package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;

/** A score is 0.0–100.0 with at most one decimal (art. 10; rules.md §3.5). */
public class InvalidScore extends Invalid {

    private static final long serialVersionUID = 1L;

    public InvalidScore(BigDecimal value) {
        super(
                "error.score.invalid",
                "A score must lie between 0 and 100 and carry at most one decimal place, not " + value,
                value);
    }
}
