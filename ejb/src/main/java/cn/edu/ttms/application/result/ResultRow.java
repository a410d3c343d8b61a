package cn.edu.ttms.application.result;

import cn.edu.ttms.domain.model.shared.Grade;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A row of a class's results as the grid and the API show it; {@code identityNumberValid} false flags a
 * trainee whose stored identity number was changed past the application.
 */
public record ResultRow(
        long resultId,
        long version,
        long teacherId,
        String name,
        String school,
        String identitySuffix,
        Map<Integer, BigDecimal> stageHours,
        BigDecimal hours,
        BigDecimal countedHours,
        BigDecimal score,
        Grade grade,
        BigDecimal baseCredits,
        BigDecimal performanceCredits,
        BigDecimal credits,
        List<ModuleShareView> modules,
        Long policyId,
        Integer policyVersion,
        boolean voided,
        String voidReason,
        boolean identityNumberValid)
        implements Serializable {

    public record ModuleShareView(String module, BigDecimal hours, BigDecimal credits) implements Serializable {}
}
