package cn.edu.ttms.domain.model.compliance;

import cn.edu.ttms.domain.model.shared.Cycle;
import java.util.List;
import java.util.Objects;

/**
 * A teacher's standing in one cycle (art. 9, 11; api.md {@code /teachers/{id}/compliance}): the
 * cycle's rows and every year's rows. Art. 11 demands that the cycle and each year meet the hour
 * and credit minimums at the same time, so the cycle is compliant only when its own rows and every
 * year are — that is the {@code compliant} the API shows for the cycle. A year that has not begun
 * ({@link Assessment#due()} false) owes nothing yet and does not make the cycle fail.
 */
public record ComplianceReport(Cycle cycle, Assessment cycleAssessment, List<Assessment> years)
        implements java.io.Serializable {

    public ComplianceReport {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(cycleAssessment, "cycleAssessment");
        years = List.copyOf(years);
    }

    /** Art. 11: the cycle's rows and the rows of every year that has begun met by recognised results. */
    public boolean compliant() {
        return cycleAssessment.compliant()
                && years.stream().filter(Assessment::due).allMatch(Assessment::compliant);
    }

    /** As {@link #compliant()}, counting the pending results as if recognised. */
    public boolean compliantIncludingPending() {
        return cycleAssessment.compliantIncludingPending()
                && years.stream().filter(Assessment::due).allMatch(Assessment::compliantIncludingPending);
    }

    /**
     * @throws IllegalArgumentException when the year is not in the cycle
     */
    public Assessment year(int year) {
        return years.stream()
                .filter(a -> a.firstYear() == year)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(year + " is not in the cycle " + cycle));
    }
}
