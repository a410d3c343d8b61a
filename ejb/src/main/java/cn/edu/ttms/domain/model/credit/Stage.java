package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One stage of a project: a form and either its days or its actual hours (rules.md §2). A project
 * may have several stages, e.g. the Chenzhou principal course: 12 days concentrated, then 50 days
 * back at post plus online study. Whether days or actual hours count depends on the form and is the
 * policy's call (art. 9), so a stage may carry both and the policy picks.
 */
public final class Stage {

    private final DeliveryForm form;
    private final BigDecimal days;
    private final Hours actualHours;

    /**
     * @param days days of the stage, may be fractional (6.5); null when only hours are known
     * @param actualHours hours recorded (e.g. by the online platform); null when only days are known
     * @throws InvalidStage when both are missing, or days are negative or finer than a tenth
     */
    public Stage(DeliveryForm form, BigDecimal days, Hours actualHours) {
        this.form = Objects.requireNonNull(form, "form");
        if (days == null && actualHours == null) {
            throw InvalidStage.nothingRecorded(form);
        }
        if (days != null && (days.signum() < 0 || Decimals.placesNeeded(days) > 1)) {
            throw InvalidStage.invalidDays(form, days);
        }
        this.days = days;
        this.actualHours = actualHours;
    }

    public static Stage ofDays(DeliveryForm form, String days) {
        return new Stage(form, new BigDecimal(days), null);
    }

    public static Stage ofActualHours(DeliveryForm form, String hours) {
        return new Stage(form, null, Hours.of(hours));
    }

    public DeliveryForm form() {
        return form;
    }

    /** Null when the stage records only hours. */
    public BigDecimal days() {
        return days;
    }

    /** Null when the stage records only days. */
    public Hours actualHours() {
        return actualHours;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stage other
                && form == other.form
                && Objects.equals(
                        days == null ? null : Decimals.canonical(days),
                        other.days == null ? null : Decimals.canonical(other.days))
                && Objects.equals(actualHours, other.actualHours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(form, days == null ? null : Decimals.canonical(days), actualHours);
    }

    @Override
    public String toString() {
        return form
                + (days != null ? " " + Decimals.plain(days) + " d" : "")
                + (actualHours != null ? " " + actualHours : "");
    }
}
