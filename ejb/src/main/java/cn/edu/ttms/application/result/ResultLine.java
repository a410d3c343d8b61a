package cn.edu.ttms.application.result;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of the results grid as a user entered it: which result (and the version they saw, for
 * optimistic locking), the hours per stage and the score (null: not yet).
 */
public record ResultLine(long resultId, long version, Map<Integer, BigDecimal> stageHours, BigDecimal score)
        implements Serializable {}
