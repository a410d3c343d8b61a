package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Invalid;
import java.math.BigDecimal;

/** A project stage whose hours cannot be worked out (rules.md §2). */
public class InvalidStage extends Invalid {

    private static final long serialVersionUID = 1L;

    private InvalidStage(String key, String english, Object... args) {
        super(key, english, args);
    }

    static InvalidStage nothingRecorded(DeliveryForm form) {
        return new InvalidStage(
                "error.stage.nothingRecorded", "A " + form + " stage needs its days or its hours", form);
    }

    static InvalidStage invalidDays(DeliveryForm form, BigDecimal days) {
        return new InvalidStage(
                "error.stage.invalidDays",
                "Days must be at least 0 with at most one decimal place, not " + days,
                form,
                days);
    }

    static InvalidStage daysMissing(DeliveryForm form) {
        return new InvalidStage(
                "error.stage.daysMissing",
                form + " training counts by the day; the stage needs its number of days",
                form);
    }

    static InvalidStage actualHoursMissing(DeliveryForm form) {
        return new InvalidStage(
                "error.stage.actualHoursMissing",
                form + " training counts its actual hours; the stage needs them",
                form);
    }
}
