package cn.edu.ttms.application.statistics;

import cn.edu.ttms.domain.model.targets.TrainingTarget.CategoryPlaces;
import java.math.BigDecimal;
import java.util.List;

/**
 * New targets of a unit for a year: every figure at once (a figure left out is no target). {@code version}
 * is the one read, null for targets not set before; another value than the stored one is a concurrent change.
 */
public record TargetChange(
        List<CategoryPlaces> categories,
        BigDecimal keyTeacherCityPercent,
        BigDecimal keyTeacherCountyPercent,
        BigDecimal compliancePercent,
        Long version) {}
