package cn.edu.ttms.interfaces.web.policies;

import cn.edu.ttms.domain.model.policy.ActivityConversion;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.PolicyRulesBuilder;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.ActivityRow;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.FactorRow;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.FormRow;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.GradeRow;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.LevelRate;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.MinimumRow;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.MonthRow;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A new version of a credit policy as the policy editor holds it while an officer edits it: every
 * figure of a {@link PolicyRules} as an editable field or table row (see {@link PolicyDraftRows}),
 * prefilled from the version it is based on. {@link #toRules()} hands the figures, as entered, to
 * the domain's {@link PolicyRulesBuilder}, which judges them and lists every problem; the draft
 * itself checks nothing but what the builder cannot see (a conversion type entered twice).
 *
 * <p>Plain Java, no container: the editor's conversions are unit-tested without one.
 */
public final class PolicyDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The literal reading of art. 10: 优 0.1, 良 0.15, 中 0.2, 合格 0.25 (the best grade earns the least bonus). */
    private static final Map<Grade, BigDecimal> LITERAL_COEFFICIENTS = Map.of(
            Grade.EXCELLENT,
            new BigDecimal("0.1"),
            Grade.GOOD,
            new BigDecimal("0.15"),
            Grade.FAIR,
            new BigDecimal("0.2"),
            Grade.PASS,
            new BigDecimal("0.25"));

    private final List<LevelRate> levelRates = new ArrayList<>();
    private final List<FormRow> forms = new ArrayList<>();
    private final List<GradeRow> grades = new ArrayList<>();
    private Integer firstCycleYear;
    private Integer cycleLength;
    private final List<MinimumRow> minimums = new ArrayList<>();
    private BigDecimal selfSelectedShare;
    private boolean failedResultsCountHours;
    private boolean inductionHoursCount;
    private BigDecimal inductionHours;
    private BigDecimal inductionPracticalHours;
    private final List<FactorRow> lecturingFactors = new ArrayList<>();
    private final List<ActivityRow> activities = new ArrayList<>();
    private final List<MonthRow> months = new ArrayList<>();

    private PolicyDraft() {}

    /** A draft holding every figure of a policy, to be changed into the next version. */
    public static PolicyDraft of(PolicyRules rules) {
        PolicyDraft d = new PolicyDraft();
        for (Level level : Level.values()) {
            d.levelRates.add(new LevelRate(level, rules));
            d.lecturingFactors.add(new FactorRow(level, rules));
        }
        for (DeliveryForm form : DeliveryForm.values()) {
            d.forms.add(new FormRow(form, rules));
        }
        for (Grade grade : Grade.values()) {
            d.grades.add(new GradeRow(grade, rules));
        }
        d.firstCycleYear = rules.firstCycleYear();
        d.cycleLength = rules.cycleLength();
        for (Requirement row : Requirement.values()) {
            if (row == Requirement.MODULE_CREDITS) {
                for (Module module : Module.values()) {
                    d.minimums.add(new MinimumRow(module, rules));
                }
            } else if (!row.cycleOnly()) { // the self-selected share is a field of its own
                d.minimums.add(new MinimumRow(row, rules));
            }
        }
        d.selfSelectedShare = rules.selfSelectedShare();
        d.failedResultsCountHours = rules.failedResultsCountHours();
        d.inductionHoursCount = rules.inductionHoursCount();
        d.inductionHours = rules.inductionHours().value();
        d.inductionPracticalHours = rules.inductionPracticalHours().value();
        for (ActivityConversion c : rules.activityConversions()) {
            d.activities.add(new ActivityRow(c.activityType(), c.credits().value(), c.module()));
        }
        for (Month month : Month.values()) {
            d.months.add(new MonthRow(month, rules));
        }
        return d;
    }

    /** The figures as entered, for the domain to validate ({@link PolicyRulesBuilder#validate()}) or build. */
    public PolicyRulesBuilder toBuilder() {
        PolicyRulesBuilder b = PolicyRules.builder();
        levelRates.forEach(r -> r.applyTo(b));
        forms.forEach(r -> r.applyTo(b));
        grades.forEach(r -> r.applyTo(b));
        b.cycle(firstCycleYear == null ? 0 : firstCycleYear, cycleLength == null ? 0 : cycleLength);
        minimums.forEach(r -> r.applyTo(b));
        b.selfSelectedShare(selfSelectedShare)
                .failedResultsCountHours(failedResultsCountHours)
                .inductionHoursCount(inductionHoursCount)
                .inductionMinimums(inductionHours, inductionPracticalHours);
        lecturingFactors.forEach(r -> r.applyTo(b));
        activities.forEach(r -> r.applyTo(b));
        b.publicationMonths(months.stream()
                .filter(MonthRow::isSelected)
                .map(MonthRow::getMonth)
                .toArray(Month[]::new));
        return b;
    }

    /**
     * The rules of the draft.
     *
     * @throws cn.edu.ttms.domain.model.policy.InvalidPolicy listing every problem of the figures
     */
    public PolicyRules toRules() {
        return toBuilder().build();
    }

    /** Conversion types entered on more than one row; the policy holds one conversion per type. */
    public Set<String> duplicateActivityTypes() {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (ActivityRow row : activities) {
            if (!row.key().isEmpty() && !seen.add(row.key())) {
                twice.add(row.key());
            }
        }
        return twice;
    }

    /** The literal reading of art. 10 (优 0.1 … 合格 0.25), as a starting point for a province that reads it so. */
    public void useLiteralCoefficients() {
        grades.stream()
                .filter(g -> g.getGrade().passed())
                .forEach(g -> g.setCoefficient(LITERAL_COEFFICIENTS.get(g.getGrade())));
    }

    /** An empty conversion row at the end of the table, for the officer to fill in. */
    public void addActivity() {
        activities.add(new ActivityRow(null, null, null));
    }

    public void removeActivity(ActivityRow row) {
        activities.remove(row);
    }

    public List<LevelRate> getLevelRates() {
        return levelRates;
    }

    public List<FormRow> getForms() {
        return forms;
    }

    public List<GradeRow> getGrades() {
        return grades;
    }

    public Integer getFirstCycleYear() {
        return firstCycleYear;
    }

    public void setFirstCycleYear(Integer firstCycleYear) {
        this.firstCycleYear = firstCycleYear;
    }

    public Integer getCycleLength() {
        return cycleLength;
    }

    public void setCycleLength(Integer cycleLength) {
        this.cycleLength = cycleLength;
    }

    public List<MinimumRow> getMinimums() {
        return minimums;
    }

    public BigDecimal getSelfSelectedShare() {
        return selfSelectedShare;
    }

    public void setSelfSelectedShare(BigDecimal selfSelectedShare) {
        this.selfSelectedShare = selfSelectedShare;
    }

    public boolean isFailedResultsCountHours() {
        return failedResultsCountHours;
    }

    public void setFailedResultsCountHours(boolean failedResultsCountHours) {
        this.failedResultsCountHours = failedResultsCountHours;
    }

    public boolean isInductionHoursCount() {
        return inductionHoursCount;
    }

    public void setInductionHoursCount(boolean inductionHoursCount) {
        this.inductionHoursCount = inductionHoursCount;
    }

    public BigDecimal getInductionHours() {
        return inductionHours;
    }

    public void setInductionHours(BigDecimal inductionHours) {
        this.inductionHours = inductionHours;
    }

    public BigDecimal getInductionPracticalHours() {
        return inductionPracticalHours;
    }

    public void setInductionPracticalHours(BigDecimal inductionPracticalHours) {
        this.inductionPracticalHours = inductionPracticalHours;
    }

    public List<FactorRow> getLecturingFactors() {
        return lecturingFactors;
    }

    public List<ActivityRow> getActivities() {
        return activities;
    }

    public List<MonthRow> getMonths() {
        return months;
    }

    /** The modules a conversion may count toward, for the table's choice. */
    public Module[] getModules() {
        return Module.values();
    }
}
