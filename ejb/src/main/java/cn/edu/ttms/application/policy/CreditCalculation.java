package cn.edu.ttms.application.policy;

import cn.edu.ttms.domain.model.shared.Grade;
import java.math.BigDecimal;

/**
 * The answer of the credit calculator: grade, base and performance credits shown exactly (at least
 * 2 decimals), credits rounded once (2 decimals, HALF_UP), counted hours, and the policy version.
 * For lecturing only {@code credits} is set.
 */
public record CreditCalculation(
        Grade grade,
        BigDecimal baseCredits,
        BigDecimal performanceCredits,
        BigDecimal credits,
        BigDecimal countedHours,
        PolicyRef policy)
        implements java.io.Serializable {}
