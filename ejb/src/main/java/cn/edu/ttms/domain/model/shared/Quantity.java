package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;

/**
 * The numbers a person or another system may enter, each with the range and the decimal places
 * that make sense for a teacher's training (rules.md §3.8 for hours and scores). Every decimal that
 * comes in through the API, a form or a spreadsheet is checked against its quantity <em>before</em>
 * any arithmetic: {@code 1e999999} hours must be refused in microseconds, not computed for minutes.
 *
 * <p>The upper bounds are generous but finite: a year of full-time training is under 2,000 hours,
 * a county's training budget under a billion yuan.
 */
public enum Quantity implements MessageKeyed {
    /** Class hours of a stage, a module or a result (学时). */
    HOURS("0", "9999.9", 1),
    /** Hours a teacher lectured (授课学时), converted to credits by the policy. */
    TEACHING_HOURS("0", "9999.9", 1),
    /** Credits per class hour (项目学分); the policy then narrows it to the level's range. */
    CREDIT_RATE("0", "100", 4),
    /** A training score (培训成绩). */
    SCORE("0", "100", 1),
    /** Days of a stage (天数); half days allowed. */
    DAYS("0", "366", 1),
    /** A budget in yuan (经费), to the fen. */
    BUDGET("0", "999999999.99", 2),
    /** Credits (学分) of one result or requirement. */
    CREDITS("0", "99999.99", 2),
    /** A share in percent (百分比), e.g. a target rate; one decimal place. */
    PERCENT("0", "100", 1),
    /** Trainee places (培训人次) of a target; whole numbers. */
    PLACES("0", "9999999", 0);

    private final BigDecimal min;
    private final BigDecimal max;
    private final int places;

    Quantity(String min, String max, int places) {
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.places = places;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    /** How many decimal places a value may carry. */
    public int places() {
        return places;
    }

    /** Whether the value lies in the range with no more places than allowed; cheap for any input. */
    public boolean accepts(BigDecimal value) {
        return value != null
                && Decimals.isTame(value)
                && value.compareTo(min) >= 0
                && value.compareTo(max) <= 0
                && Decimals.placesNeeded(value) <= places;
    }

    /**
     * The value itself when acceptable.
     *
     * @param field the name the caller knows the value by (a JSON field, a form field, a column)
     * @throws NumberOutOfRange naming the field, the range and the places allowed
     */
    public BigDecimal check(String field, BigDecimal value) {
        if (!accepts(value)) {
            throw new NumberOutOfRange(field, this, value);
        }
        return value;
    }

    @Override
    public String messageKey() {
        return "quantity." + name();
    }
}
