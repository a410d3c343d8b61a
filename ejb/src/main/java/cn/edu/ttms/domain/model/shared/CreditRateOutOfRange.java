package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The publishing bureau set a credit rate outside the range that art. 10 allows for the project's
 * level, or for its form when the form has its own range (any ONLINE project: 0.5–1).
 *
 * <p>The message names the range: "COUNTY projects take 1–1.5 credits per hour". Bundle key {@code
 * error.creditRate.outOfRange} takes {@code {0}} the level or form that fixes the range (translate
 * it through its own key), {@code {1}} min, {@code {2}} max, {@code {3}} the rate given.
 */
public class CreditRateOutOfRange extends Invalid {

    private static final long serialVersionUID = 1L;

    private final Level level;
    private final DeliveryForm form;
    private final boolean rangeOfForm;
    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal rate;

    /**
     * @param rangeOfForm true when the form's own range applied (ONLINE), false for the level's
     */
    public CreditRateOutOfRange(
            Level level, DeliveryForm form, boolean rangeOfForm, BigDecimal min, BigDecimal max, BigDecimal rate) {
        super(
                "error.creditRate.outOfRange",
                (rangeOfForm ? form.name() : level.name())
                        + " projects take "
                        + Decimals.plain(min)
                        + "–"
                        + Decimals.plain(max)
                        + " credits per hour; "
                        + Decimals.plain(rate)
                        + " is outside that range",
                rangeOfForm ? form : level,
                min,
                max,
                rate);
        this.level = Objects.requireNonNull(level, "level");
        this.form = Objects.requireNonNull(form, "form");
        this.rangeOfForm = rangeOfForm;
        this.min = min;
        this.max = max;
        this.rate = rate;
    }

    public Level level() {
        return level;
    }

    public DeliveryForm form() {
        return form;
    }

    /** The level, or the form (ONLINE) whose range applied. */
    public MessageKeyed rangeOwner() {
        return rangeOfForm ? form : level;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public BigDecimal rate() {
        return rate;
    }
}
