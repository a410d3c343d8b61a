package cn.edu.ttms.application.statistics;

import cn.edu.ttms.application.statistics.TrainingReport.UnitRef;
import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's training targets for a year and its actuals against them (issue 19, item 3): recognised places
 * per category, the shares of key teachers (city level or above; county level or above) and the compliance
 * rate. {@code version} is null while no targets are set (then the sources' defaults are the hints);
 * {@code met} is null where no target was set or no actual is known. {@code updatedBy} is the login name of who saved
 * them last, {@code updatedByName} and {@code updatedByUnit} that person's name and unit (null if the account is gone).
 */
public record TargetReport(
        UnitRef unit,
        int year,
        Long version,
        String updatedBy,
        String updatedByName,
        String updatedByUnit,
        java.time.Instant updatedAt,
        List<CategoryTarget> categories,
        RateTarget keyTeacherCity,
        RateTarget keyTeacherCounty,
        RateTarget compliance,
        Integer cycleStart) {

    /** Places of a category: the target (null if none), the places recognised, how far towards the target in percent. */
    public record CategoryTarget(String category, Integer target, long recognised, BigDecimal attained) {}

    /** A rate in percent: the target (null if none), the hint (the sources' default), the actual, whether met. */
    public record RateTarget(BigDecimal target, BigDecimal hint, BigDecimal actual, Boolean met) {}
}
