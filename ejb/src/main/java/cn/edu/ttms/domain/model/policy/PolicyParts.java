package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import java.math.BigDecimal;
import java.time.Month;
import java.util.Map;
import java.util.Set;

/**
 * The validated figures of a {@link PolicyRules}, immutable. A record, so that two policies with
 * the same figures are equal (policy numbers are held in canonical form: 0.25 = 0.250).
 */
record PolicyParts(
        Map<Level, RateRange> levelRates,
        Map<DeliveryForm, RateRange> formRates,
        GradeBands gradeBands,
        Map<Grade, BigDecimal> coefficients,
        Map<DeliveryForm, BigDecimal> hoursPerDay,
        int firstCycleYear,
        int cycleLength,
        Minimums cycleMinimums,
        Minimums yearMinimums,
        BigDecimal selfSelectedShare,
        boolean failedResultsCountHours,
        boolean inductionHoursCount,
        Hours inductionHours,
        Hours inductionPracticalHours,
        LecturingFactors lecturingFactors,
        Map<String, ActivityConversion> activityConversions,
        Set<Month> publicationMonths) {

    PolicyParts {
        levelRates = Map.copyOf(levelRates);
        formRates = Map.copyOf(formRates);
        coefficients = Map.copyOf(coefficients);
        hoursPerDay = Map.copyOf(hoursPerDay);
        activityConversions = Map.copyOf(activityConversions);
        publicationMonths = Set.copyOf(publicationMonths);
    }
}
