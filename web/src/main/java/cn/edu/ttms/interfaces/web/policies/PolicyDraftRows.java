package cn.edu.ttms.interfaces.web.policies;

import cn.edu.ttms.domain.model.policy.GradeBand;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.PolicyRulesBuilder;
import cn.edu.ttms.domain.model.policy.RateRange;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.policy.RequirementPeriod;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Month;

/**
 * The editable rows of a {@link PolicyDraft}, one small bean per table row of the policy editor.
 * Each row reads its figures from a policy and writes them, as entered, to a {@link
 * PolicyRulesBuilder}: an empty field is {@code null} and left for the domain to refuse, so that
 * the editor shows the domain's own messages.
 */
public final class PolicyDraftRows {

    private PolicyDraftRows() {}

    /** Art. 10: the credits per hour a project of one level may have. */
    public static final class LevelRate implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Level level;
        private BigDecimal min;
        private BigDecimal max;

        LevelRate(Level level, PolicyRules rules) {
            this.level = level;
            RateRange range = rules.levelRateRange(level);
            this.min = range.min();
            this.max = range.max();
        }

        void applyTo(PolicyRulesBuilder b) {
            b.levelRateRange(level, min, max);
        }

        public Level getLevel() {
            return level;
        }

        public BigDecimal getMin() {
            return min;
        }

        public void setMin(BigDecimal min) {
            this.min = min;
        }

        public BigDecimal getMax() {
            return max;
        }

        public void setMax(BigDecimal max) {
            this.max = max;
        }
    }

    /**
     * One delivery form: its own credit rate range, which overrides the level's (art. 10: any ONLINE
     * project 0.5–1), and how its days become hours (art. 9), or its actual hours.
     */
    public static final class FormRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DeliveryForm form;
        private boolean ownRange;
        private BigDecimal min;
        private BigDecimal max;
        private boolean actualHours;
        private BigDecimal hoursPerDay;

        FormRow(DeliveryForm form, PolicyRules rules) {
            this.form = form;
            rules.formRateRange(form).ifPresent(r -> {
                ownRange = true;
                min = r.min();
                max = r.max();
            });
            hoursPerDay = rules.hoursPerDay(form).orElse(null);
            actualHours = hoursPerDay == null;
        }

        void applyTo(PolicyRulesBuilder b) {
            if (ownRange) {
                b.formRateRange(form, min, max);
            } else {
                b.withoutFormRateRange(form);
            }
            if (actualHours) {
                b.actualHours(form);
            } else {
                b.hoursPerDay(form, hoursPerDay);
            }
        }

        public DeliveryForm getForm() {
            return form;
        }

        public boolean isOwnRange() {
            return ownRange;
        }

        public void setOwnRange(boolean ownRange) {
            this.ownRange = ownRange;
        }

        public BigDecimal getMin() {
            return min;
        }

        public void setMin(BigDecimal min) {
            this.min = min;
        }

        public BigDecimal getMax() {
            return max;
        }

        public void setMax(BigDecimal max) {
            this.max = max;
        }

        public boolean isActualHours() {
            return actualHours;
        }

        public void setActualHours(boolean actualHours) {
            this.actualHours = actualHours;
        }

        public BigDecimal getHoursPerDay() {
            return hoursPerDay;
        }

        public void setHoursPerDay(BigDecimal hoursPerDay) {
            this.hoursPerDay = hoursPerDay;
        }
    }

    /** Art. 10: the scores of one grade, from (inclusive) to (exclusive; 100 inclusive), and its coefficient. */
    public static final class GradeRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Grade grade;
        private BigDecimal lower;
        private BigDecimal upper;
        private BigDecimal coefficient;

        GradeRow(Grade grade, PolicyRules rules) {
            this.grade = grade;
            for (GradeBand band : rules.gradeBands().bands()) {
                if (band.grade() == grade) {
                    lower = band.lower();
                    upper = band.upper();
                }
            }
            coefficient = grade.passed() ? rules.coefficient(grade) : null;
        }

        /** FAIL earns nothing, so it has no coefficient to enter. */
        void applyTo(PolicyRulesBuilder b) {
            b.gradeBand(grade, lower, upper);
            if (grade.passed()) {
                b.coefficient(grade, coefficient);
            }
        }

        public Grade getGrade() {
            return grade;
        }

        public BigDecimal getLower() {
            return lower;
        }

        public void setLower(BigDecimal lower) {
            this.lower = lower;
        }

        public BigDecimal getUpper() {
            return upper;
        }

        public void setUpper(BigDecimal upper) {
            this.upper = upper;
        }

        public BigDecimal getCoefficient() {
            return coefficient;
        }

        public void setCoefficient(BigDecimal coefficient) {
            this.coefficient = coefficient;
        }
    }

    /**
     * One row of the minimums table (rules.md §1): a single-figure requirement, or the credits of one
     * module (then {@link #getModule()} is set), for the cycle and for each year.
     */
    public static final class MinimumRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Requirement requirement;
        private final Module module;
        private BigDecimal cycle;
        private BigDecimal year;

        MinimumRow(Requirement requirement, PolicyRules rules) {
            this.requirement = requirement;
            this.module = null;
            this.cycle = rules.minimums(RequirementPeriod.CYCLE).required(requirement);
            this.year = rules.minimums(RequirementPeriod.YEAR).required(requirement);
        }

        MinimumRow(Module module, PolicyRules rules) {
            this.requirement = Requirement.MODULE_CREDITS;
            this.module = module;
            this.cycle = rules.minimums(RequirementPeriod.CYCLE).moduleCredits(module);
            this.year = rules.minimums(RequirementPeriod.YEAR).moduleCredits(module);
        }

        void applyTo(PolicyRulesBuilder b) {
            if (module == null) {
                b.minimum(RequirementPeriod.CYCLE, requirement, cycle)
                        .minimum(RequirementPeriod.YEAR, requirement, year);
            } else {
                b.moduleMinimum(RequirementPeriod.CYCLE, module, cycle)
                        .moduleMinimum(RequirementPeriod.YEAR, module, year);
            }
        }

        public Requirement getRequirement() {
            return requirement;
        }

        public Module getModule() {
            return module;
        }

        public BigDecimal getCycle() {
            return cycle;
        }

        public void setCycle(BigDecimal cycle) {
            this.cycle = cycle;
        }

        public BigDecimal getYear() {
            return year;
        }

        public void setYear(BigDecimal year) {
            this.year = year;
        }
    }

    /** Art. 12: credits per teaching hour for a lecturer in a project of one level; empty: none. */
    public static final class FactorRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Level level;
        private BigDecimal factor;

        FactorRow(Level level, PolicyRules rules) {
            this.level = level;
            this.factor = rules.lecturingFactors().factorFor(level).orElse(null);
        }

        void applyTo(PolicyRulesBuilder b) {
            if (factor == null) {
                b.withoutLecturingFactor(level);
            } else {
                b.lecturingFactor(level, factor);
            }
        }

        public Level getLevel() {
            return level;
        }

        public BigDecimal getFactor() {
            return factor;
        }

        public void setFactor(BigDecimal factor) {
            this.factor = factor;
        }
    }

    /** Art. 12: how one kind of other work converts to credits of a module. */
    public static final class ActivityRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String type;
        private BigDecimal credits;
        private Module module;

        ActivityRow(String type, BigDecimal credits, Module module) {
            this.type = type;
            this.credits = credits;
            this.module = module;
        }

        /** The type as the builder keys it: trimmed, blank when empty (the domain refuses a blank one). */
        String key() {
            return type == null ? "" : type.strip();
        }

        void applyTo(PolicyRulesBuilder b) {
            b.activityConversion(key(), credits, module);
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public BigDecimal getCredits() {
            return credits;
        }

        public void setCredits(BigDecimal credits) {
            this.credits = credits;
        }

        public Module getModule() {
            return module;
        }

        public void setModule(Module module) {
            this.module = module;
        }
    }

    /** Art. 5: whether county-or-above projects are published in one month. */
    public static final class MonthRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Month month;
        private boolean selected;

        MonthRow(Month month, PolicyRules rules) {
            this.month = month;
            this.selected = rules.publicationMonths().contains(month);
        }

        public Month getMonth() {
            return month;
        }

        /** The UI bundle key of the month's name. */
        public String getLabelKey() {
            return "policy.month." + month.name();
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }
    }
}
