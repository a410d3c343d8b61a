package cn.edu.ttms.domain.model.compliance;

import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.Cycle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns a teacher's results into the compliance standings the statistics keep (issue 19, item 5): for
 * each cycle kept, the whole cycle and each of its years, judged by {@link ComplianceCalculator} as the
 * per-teacher compliance is, on the same records and the same current year.
 *
 * <p>Cycles kept: the one holding the current year, the one before it, and any other holding a result of
 * the teacher (recognised, pending or void). A teacher without results in an older or a later cycle is not
 * counted there: the statistics of such a cycle cover the teachers who have results in it.
 */
public final class Standings {

    /** Who the standings are of, as the statistics group them. */
    public record Holder(
            long teacherId, long schoolId, String schoolPath, String stage, String subject, String designation) {

        public Holder {
            Objects.requireNonNull(schoolPath, "schoolPath");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(designation, "designation");
        }
    }

    private final PolicyRules rules;
    private final long policyId;
    private final int policyVersion;

    public Standings(PolicyRules rules, long policyId, int policyVersion) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.policyId = policyId;
        this.policyVersion = policyVersion;
    }

    /** The first years of the cycles kept for a teacher with these records, in {@code currentYear}. */
    public SortedSet<Integer> cyclesKept(Collection<ResultRecord> records, int currentYear) {
        SortedSet<Integer> starts = new TreeSet<>();
        Cycle current = rules.cycleContaining(currentYear);
        starts.add(current.firstYear());
        starts.add(rules.cycleContaining(current.firstYear() - 1).firstYear());
        records.forEach(r -> starts.add(rules.cycleContaining(r.year()).firstYear()));
        return starts;
    }

    /** Every standing of the teacher: per cycle kept, the whole cycle first, then its years in order. */
    public List<ComplianceStanding> of(Holder holder, Collection<ResultRecord> records, int currentYear) {
        ComplianceCalculator calculator = new ComplianceCalculator(rules);
        List<ComplianceStanding> out = new ArrayList<>();
        for (int start : cyclesKept(records, currentYear)) {
            ComplianceReport report = calculator.assess(start, records, currentYear);
            out.add(standing(
                    holder, start, ComplianceStanding.WHOLE_CYCLE, report.compliant(), report.cycleAssessment()));
            for (Assessment year : report.years()) {
                out.add(standing(holder, start, year.firstYear(), year.compliant(), year));
            }
        }
        return out;
    }

    private ComplianceStanding standing(
            Holder h, int cycleStart, int period, boolean compliant, Assessment assessment) {
        Set<StandingRow> shortIn = EnumSet.noneOf(StandingRow.class);
        for (RequirementRow row : assessment.rows()) {
            if (!row.met()) {
                StandingRow.of(row).ifPresent(shortIn::add);
            }
        }
        return new ComplianceStanding(
                h.teacherId(),
                cycleStart,
                period,
                h.schoolId(),
                h.schoolPath(),
                h.stage(),
                h.subject(),
                h.designation(),
                compliant,
                shortIn,
                policyId,
                policyVersion);
    }
}
