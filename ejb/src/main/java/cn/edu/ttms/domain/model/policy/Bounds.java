package cn.edu.ttms.domain.model.policy;

import java.math.BigDecimal;

/**
 * Two numbers as an administrator typed them, before validation. Only the builder and the checks
 * use it; everything outside the package sees validated {@link RateRange}s and {@link GradeBand}s.
 */
record Bounds(BigDecimal lower, BigDecimal upper) {}
