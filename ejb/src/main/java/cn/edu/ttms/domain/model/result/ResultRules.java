package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.credit.CreditCalculator;
import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.credit.ModuleCredits;
import cn.edu.ttms.domain.model.credit.ModuleShare;
import cn.edu.ttms.domain.model.credit.ProjectHours;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.project.ProjectModule;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Score;
import cn.edu.ttms.domain.model.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one trainee's hours and score make under a policy (rules.md §2–3): the hours attended per
 * stage (never more than the stage offers), their sum, the grade and credits at the project's rate
 * (whose range the first stage's form decides, as when the project was checked), and the module
 * split in the project's declared proportion. Problems are collected per row, so that a whole grid
 * or spreadsheet is reported at once.
 */
public final class ResultRules {

    /** A row's outcome. */
    public record Computed(List<StageAttendance> stages, CreditResult credit, List<ModuleCredits> split) {}

    private final TrainingProject project;
    private final PolicyRules policy;
    private final CreditCalculator calculator;
    private final Map<Integer, BigDecimal> offered = new TreeMap<>();

    public ResultRules(TrainingProject project, PolicyRules policy) {
        this.project = Objects.requireNonNull(project, "project");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calculator = new CreditCalculator(policy);
        ProjectHours hours = new ProjectHours(policy);
        for (ProjectStage stage : project.stages()) {
            BigDecimal max;
            try {
                max = hours.of(stage.toCreditStage()).value();
            } catch (DomainException noFigure) {
                max = null; // a stage without days or hours: no upper bound to check against
            }
            offered.put(stage.stageNo(), max);
        }
    }

    /** The hours each stage offers under the policy, by stage number. */
    public Map<Integer, BigDecimal> offered() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(offered));
    }

    /**
     * Computes one row, adding any problem to {@code found} (field {@code row N: column}); null when the
     * row has a problem. A row without a score is not computed and is no problem here (it may be saved
     * half-done; signing requires every score).
     */
    public Computed compute(int row, Map<Integer, BigDecimal> stageHours, BigDecimal score, List<Violation> found) {
        int before = found.size();
        List<StageAttendance> stages = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(Hours.SCALE);
        for (Map.Entry<Integer, BigDecimal> e : new TreeMap<>(stageHours).entrySet()) {
            String column = "stage" + e.getKey();
            BigDecimal h = e.getValue();
            if (!offered.containsKey(e.getKey())) {
                found.add(Violation.of(field(row, column), "error.result.noSuchStage", row, e.getKey()));
                continue;
            }
            if (h == null) {
                continue;
            }
            if (!cn.edu.ttms.domain.model.shared.Quantity.HOURS.accepts(h)) { // range first: no arithmetic on 1e999999
                found.add(
                        Violation.of(field(row, column), "error.result.badHours", row, e.getKey(), Decimals.plain(h)));
                continue;
            }
            BigDecimal max = offered.get(e.getKey());
            if (max != null && h.compareTo(max) > 0) {
                found.add(Violation.of(
                        field(row, column),
                        "error.result.tooManyHours",
                        row,
                        e.getKey(),
                        Decimals.plain(h),
                        Decimals.plain(max)));
                continue;
            }
            stages.add(new StageAttendance(e.getKey(), h.setScale(Hours.SCALE)));
            total = total.add(h);
        }
        if (score == null) {
            return null;
        }
        Score s;
        try {
            s = new Score(score);
        } catch (DomainException bad) {
            found.add(Violation.of(field(row, "score"), "error.result.badScore", row, Decimals.plain(score)));
            return null;
        }
        if (project.creditRate() == null) {
            found.add(Violation.of(field(row, "score"), "error.result.noRate", row));
            return null;
        }
        if (found.size() > before) {
            return null;
        }
        CreditResult credit;
        try {
            credit = calculator.calculate(
                    project.level(), form(), new Hours(total), new CreditRate(project.creditRate()), s);
        } catch (DomainException outOfRange) {
            found.add(new Violation(field(row, "score"), outOfRange.messageKey(), outOfRange.args()));
            return null;
        }
        List<ModuleShare> declared =
                project.modules().stream().map(ProjectModule::share).toList();
        List<ModuleCredits> split =
                declared.isEmpty() || declared.stream().allMatch(m -> m.hours().isZero())
                        ? List.of()
                        : calculator.splitByModule(credit, declared);
        return new Computed(stages, credit, split);
    }

    private DeliveryForm form() {
        return project.stages().isEmpty()
                ? DeliveryForm.LOCAL_CONCENTRATED
                : project.stages().get(0).form();
    }

    private static String field(int row, String column) {
        return "row " + row + ": " + column;
    }
}
