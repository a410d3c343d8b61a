package cn.edu.ttms.domain.model.compliance;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A teacher's compliance in one period, kept for statistics (issue 19, item 5): the whole cycle
 * ({@code period} {@value #WHOLE_CYCLE}) or one calendar year of it ({@code period} = the year), whether
 * the teacher is compliant in it exactly as {@code GET /teachers/{id}/compliance} says (the cycle's
 * {@code compliant} counts the due years too, art. 11; a year's looks at its own rows), which requirement
 * rows the recognised results do not meet, and what the statistics group by: the school and its path,
 * the stage (学段), the subject and the teacher's most senior designation ({@value #NO_DESIGNATION} when
 * none). The policy version it was judged under is part of the value; when it was computed is not.
 */
public record ComplianceStanding(
        long teacherId,
        int cycleStart,
        int period,
        long schoolId,
        String schoolPath,
        String stage,
        String subject,
        String designation,
        boolean compliant,
        Set<StandingRow> shortIn,
        long policyId,
        int policyVersion) {

    /** The period of the whole cycle. */
    public static final int WHOLE_CYCLE = 0;

    /** The designation of a teacher who holds none. */
    public static final String NO_DESIGNATION = "NONE";

    public ComplianceStanding {
        Objects.requireNonNull(schoolPath, "schoolPath");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(designation, "designation");
        shortIn = shortIn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shortIn));
        if (period != WHOLE_CYCLE && period < cycleStart) {
            throw new IllegalArgumentException("period " + period + " is before the cycle " + cycleStart);
        }
    }

    public boolean wholeCycle() {
        return period == WHOLE_CYCLE;
    }

    public boolean shortIn(StandingRow row) {
        return shortIn.contains(row);
    }
}
