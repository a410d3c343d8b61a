package cn.edu.ttms.application.statistics;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The seam to the compliance statistics (issue 19, item 1), which the targets compare against: the
 * share of a unit's teachers who meet one year of a cycle, in percent (one decimal place), or empty
 * when it cannot be told (no policy, a year outside the cycle). The unit is already known to be in the
 * caller's scope. {@link StandingComplianceRates} answers it from the kept compliance standings.
 */
public interface ComplianceRates {

    Optional<BigDecimal> rate(long unitId, int cycleStart, int year);
}
