package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number outside its {@link Quantity}'s range or with too many decimal places: names the field,
 * the range and the places, so the person can correct it without guessing.
 */
public class NumberOutOfRange extends Invalid implements HasViolations {

    private static final long serialVersionUID = 1L;

    private final String field;

    public NumberOutOfRange(String field, Quantity quantity, BigDecimal value) {
        super(
                "error.number.outOfRange",
                field + " must lie between " + quantity.min() + " and " + quantity.max() + " with at most "
                        + quantity.places() + " decimal places",
                field,
                quantity,
                Decimals.plain(quantity.min()),
                Decimals.plain(quantity.max()),
                quantity.places(),
                Decimals.shown(value));
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public List<Violation> violations() {
        return List.of(new Violation(field, messageKey(), args()));
    }
}
