package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.credit.InvalidStage;
import cn.edu.ttms.domain.model.credit.ProjectHours;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.RateRange;
import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a project's terms must keep (workflow.md §1), found all at once: problems refuse the
 * terms, warnings only tell the bureau what the implementation opinions advise against (fewer
 * elective than required hours, less than half of the hours practical) and what is still missing.
 */
public final class ProjectChecks {

    /** The implementation opinions ask for at least half of the hours in practice (实践课程不少于 50%). */
    static final BigDecimal MIN_PRACTICAL_SHARE = new BigDecimal("0.5");

    private ProjectChecks() {}

    /** The problems that make the terms unusable; empty when they can stand. */
    public static List<Violation> problems(ProjectTerms t, PolicyRules policy) {
        List<Violation> found = new ArrayList<>();
        if (t.name().isEmpty()) {
            found.add(Violation.of("name", "error.project.nameMissing"));
        }
        if (t.level() == null) {
            found.add(Violation.of("level", "error.project.levelMissing"));
        }
        if (t.minTrainees() != null && (t.minTrainees() < 1 || t.minTrainees() > t.capacity())) {
            found.add(Violation.of(
                    "minTrainees",
                    "error.project.minTrainees",
                    String.valueOf(t.minTrainees()),
                    String.valueOf(t.capacity())));
        }
        if (t.capacity() < 1) {
            found.add(Violation.of("capacity", "error.project.capacity", String.valueOf(t.capacity())));
        }
        if (t.budget() != null && (t.budget().signum() < 0 || Decimals.placesNeeded(t.budget()) > 2)) {
            found.add(Violation.of("budget", "error.project.budget", Decimals.plain(t.budget())));
        }
        Hours hours = checkStages(t, policy, found);
        checkModules(t, hours, found);
        checkRate(t, policy, found);
        checkQuotas(t, found);
        for (ProjectCourse c : t.courses()) {
            if (c.title().isEmpty()) {
                found.add(Violation.of("courses", "error.project.courseTitle", String.valueOf(c.courseNo())));
            }
        }
        return found;
    }

    /** Advice that does not refuse the terms. */
    public static List<Violation> warnings(ProjectTerms t) {
        List<Violation> found = new ArrayList<>();
        if (t.creditRate() == null) {
            found.add(Violation.of("creditRate", "warning.project.noCreditRate"));
        }
        if (t.modules().isEmpty()) {
            found.add(Violation.of("modules", "warning.project.noModules"));
        }
        if (t.courses().isEmpty()) {
            return found;
        }
        BigDecimal required = sum(t.courses(), CourseKind.REQUIRED, false);
        BigDecimal elective = sum(t.courses(), CourseKind.ELECTIVE, false);
        if (elective.compareTo(required) < 0) {
            found.add(Violation.of(
                    "courses",
                    "warning.project.electiveBelowRequired",
                    Decimals.plain(elective),
                    Decimals.plain(required)));
        }
        BigDecimal total = required.add(elective);
        BigDecimal practical = sum(t.courses(), null, true);
        if (total.signum() > 0 && practical.compareTo(total.multiply(MIN_PRACTICAL_SHARE)) < 0) {
            BigDecimal percent =
                    practical.multiply(BigDecimal.valueOf(100)).divide(total, 0, java.math.RoundingMode.HALF_UP);
            found.add(Violation.of("courses", "warning.project.practicalShare", Decimals.plain(percent)));
        }
        return found;
    }

    private static Hours checkStages(ProjectTerms t, PolicyRules policy, List<Violation> found) {
        if (t.stages().isEmpty()) {
            found.add(Violation.of("stages", "error.project.noStage"));
            return null;
        }
        ProjectHours rule = new ProjectHours(policy);
        Hours total = Hours.ZERO;
        for (ProjectStage s : t.stages()) {
            if (s.datesReversed()) {
                found.add(Violation.of("stages", "error.project.stageDates", s.stageNo()));
            }
            if (s.daysInconsistent()) {
                // the total is the field that is wrong: the parts are what the bureau counted
                found.add(Violation.of(
                        "stages",
                        "error.project.stageDaysInconsistent",
                        s.stageNo(),
                        Decimals.plain(s.daysOffsite() == null ? BigDecimal.ZERO : s.daysOffsite()),
                        Decimals.plain(s.daysLocal() == null ? BigDecimal.ZERO : s.daysLocal()),
                        Decimals.plain(ProjectStage.totalOf(s.daysOffsite(), s.daysLocal())),
                        Decimals.plain(s.daysTotal())));
                total = null;
                continue;
            }
            try {
                Hours stageHours = rule.of(s.toCreditStage()); // every stage checked, also after a bad one
                total = total == null ? null : total.plus(stageHours);
            } catch (InvalidStage e) {
                found.add(stageProblem(s, e, policy));
                total = null;
            }
        }
        return total;
    }

    /**
     * A stage the credit rules cannot count, said of the stage and the inputs to fill: a form counted
     * by the day asks for its off-site or local days (the total follows from them), an online form for
     * its actual hours.
     */
    private static Violation stageProblem(ProjectStage s, InvalidStage e, PolicyRules policy) {
        String key = switch (e.messageKey()) {
            case "error.stage.daysMissing" -> "error.project.stageDaysMissing";
            case "error.stage.actualHoursMissing" -> "error.project.stageHoursMissing";
            case "error.stage.nothingRecorded" ->
                policy.hoursPerDay(s.form()).isPresent()
                        ? "error.project.stageDaysMissing"
                        : "error.project.stageHoursMissing";
            default -> null;
        };
        return key == null
                ? new Violation("stages", e.messageKey(), e.args())
                : Violation.of("stages", key, s.stageNo(), s.form());
    }

    private static void checkModules(ProjectTerms t, Hours hours, List<Violation> found) {
        if (t.modules().isEmpty()) {
            return;
        }
        Set<Object> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (ProjectModule m : t.modules()) {
            if (!seen.add(m.module())) {
                found.add(Violation.of("modules", "error.project.moduleTwice", m.module()));
            }
            sum = sum.add(m.hours().value());
        }
        if (hours != null && sum.compareTo(hours.value()) != 0) {
            found.add(Violation.of(
                    "modules", "error.project.modulesSum", Decimals.plain(sum), Decimals.plain(hours.value())));
        }
    }

    /** Art. 10: the rate lies in the range of the project's level, or of its first stage's form where the policy overrides. */
    private static void checkRate(ProjectTerms t, PolicyRules policy, List<Violation> found) {
        if (t.creditRate() == null || t.level() == null || t.stages().isEmpty()) {
            return;
        }
        var form = t.stages().get(0).form();
        RateRange range = policy.rateRangeFor(t.level(), form);
        if (t.creditRate().signum() < 0 || !range.contains(t.creditRate())) {
            found.add(Violation.of(
                    "creditRate",
                    "error.project.rateOutOfRange",
                    Decimals.plain(t.creditRate()),
                    t.level(),
                    form,
                    Decimals.plain(range.min()),
                    Decimals.plain(range.max())));
        }
    }

    private static void checkQuotas(ProjectTerms t, List<Violation> found) {
        Set<Long> units = new HashSet<>();
        int sum = 0;
        for (ProjectQuota q : t.quotas()) {
            if (q.places() < 1) {
                found.add(Violation.of("quotas", "error.project.quotaPlaces", String.valueOf(q.places())));
            }
            if (!units.add(q.unitId())) {
                found.add(Violation.of("quotas", "error.project.quotaTwice", String.valueOf(q.unitId())));
            }
            sum += q.places();
        }
        if (sum > t.capacity()) {
            found.add(Violation.of(
                    "quotas", "error.project.quotasExceedCapacity", String.valueOf(sum), String.valueOf(t.capacity())));
        }
    }

    private static BigDecimal sum(List<ProjectCourse> courses, CourseKind kind, boolean practicalOnly) {
        return courses.stream()
                .filter(c -> kind == null || c.kind() == kind)
                .filter(c -> !practicalOnly || c.practical())
                .map(c -> c.hours().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
