package cn.edu.ttms.interfaces.web.policies;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.policy.InvalidPolicy;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.PolicyViolation;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.policy.RequirementPeriod;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.ActivityRow;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.FormRow;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.GradeRow;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.LevelRate;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.MinimumRow;
import cn.edu.ttms.interfaces.web.policies.PolicyDraftRows.MonthRow;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policy editor's draft, without a container: policy → form fields → policy. */
class PolicyDraftTest {

    private final PolicyRules lincang = PolicyRules.lincang2017();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static LevelRate rate(PolicyDraft draft, Level level) {
        return draft.getLevelRates().stream()
                .filter(r -> r.getLevel() == level)
                .findFirst()
                .orElseThrow();
    }

    private static MinimumRow minimum(PolicyDraft draft, Module module) {
        return draft.getMinimums().stream()
                .filter(r -> r.getModule() == module)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theLincangPolicyComesBackUnchanged() {
        assertEquals(lincang, PolicyDraft.of(lincang).toRules());
    }

    @Test
    void aVariantWithEveryKindOfRowComesBackUnchanged() {
        PolicyRules variant = lincang.toBuilder()
                .activityConversion("STUDIO_YEARLY_TASKS", d("20"), Module.COMPETENCE)
                .activityConversion("RESEARCH_PRIZE", d("7.5"), Module.KNOWLEDGE)
                .lecturingFactor(Level.SCHOOL, d("2"))
                .withoutFormRateRange(DeliveryForm.ONLINE)
                .formRateRange(DeliveryForm.BLENDED, d("0.5"), d("1.2"))
                .actualHours(DeliveryForm.RETURN_TO_POST)
                .failedResultsCountHours(true)
                .inductionHoursCount(true)
                .publicationMonths(Month.JANUARY, Month.JUNE, Month.DECEMBER)
                .build();

        assertEquals(variant, PolicyDraft.of(variant).toRules());
    }

    @Test
    void theDraftShowsEveryFigureOfThePolicy() {
        PolicyDraft draft = PolicyDraft.of(lincang);

        assertEquals(Level.values().length, draft.getLevelRates().size());
        assertEquals(d("1.5"), rate(draft, Level.COUNTY).getMax());
        FormRow online = draft.getForms().stream()
                .filter(f -> f.getForm() == DeliveryForm.ONLINE)
                .findFirst()
                .orElseThrow();
        assertTrue(online.isOwnRange() && online.isActualHours());
        assertEquals(d("0.5"), online.getMin());
        assertEquals(4 + Module.values().length, draft.getMinimums().size(), "rules.md §1 without the share");
        assertEquals(d("120"), minimum(draft, Module.COMPETENCE).getCycle());
        assertEquals(d("0.6"), draft.getSelfSelectedShare());
        assertEquals(2016, draft.getFirstCycleYear());
        assertEquals(
                List.of(Month.MARCH, Month.SEPTEMBER),
                draft.getMonths().stream()
                        .filter(MonthRow::isSelected)
                        .map(MonthRow::getMonth)
                        .toList());
        assertTrue(draft.getActivities().isEmpty());
    }

    @Test
    void changingOneNumberChangesExactlyThatInTheRules() {
        PolicyDraft draft = PolicyDraft.of(lincang);

        rate(draft, Level.COUNTY).setMax(d("1.6"));

        PolicyRules changed = draft.toRules();
        assertEquals(
                lincang.toBuilder()
                        .levelRateRange(Level.COUNTY, d("1"), d("1.6"))
                        .build(),
                changed);
        assertEquals(d("1.6"), changed.levelRateRange(Level.COUNTY).max());
    }

    @Test
    void changingAModuleMinimumChangesOnlyThatPeriod() {
        PolicyDraft draft = PolicyDraft.of(lincang);

        minimum(draft, Module.ETHICS).setYear(d("8"));

        assertEquals(
                lincang.toBuilder()
                        .moduleMinimum(RequirementPeriod.YEAR, Module.ETHICS, d("8"))
                        .build(),
                draft.toRules());
    }

    @Test
    void aRangeWithMinAboveMaxGivesTheDomainsViolation() {
        PolicyDraft draft = PolicyDraft.of(lincang);
        rate(draft, Level.COUNTY).setMin(d("2"));

        InvalidPolicy e = assertThrows(InvalidPolicy.class, draft::toRules);

        assertEquals(
                List.of(PolicyViolation.of("policy.rateRange.reversed", Level.COUNTY, d("2"), d("1.5"))),
                e.violations());
    }

    @Test
    void anEmptyFieldIsLeftForTheDomainToRefuse() {
        PolicyDraft draft = PolicyDraft.of(lincang);
        draft.getMinimums().stream()
                .filter(r -> r.getRequirement() == Requirement.TOTAL_HOURS)
                .findFirst()
                .orElseThrow()
                .setCycle(null);
        draft.getMonths().forEach(m -> m.setSelected(false));

        InvalidPolicy e = assertThrows(InvalidPolicy.class, draft::toRules);

        assertEquals(
                List.of(
                        PolicyViolation.of("policy.minimum.missing", RequirementPeriod.CYCLE, Requirement.TOTAL_HOURS),
                        PolicyViolation.of("policy.publicationMonths.empty")),
                e.violations());
    }

    @Test
    void theLiteralCoefficientsReplaceOnlyTheCoefficients() {
        PolicyDraft draft = PolicyDraft.of(lincang);

        draft.useLiteralCoefficients();

        PolicyRules literal = draft.toRules();
        assertEquals(d("0.1"), literal.coefficient(Grade.EXCELLENT));
        assertEquals(d("0.25"), literal.coefficient(Grade.PASS));
        assertEquals(
                lincang.toBuilder()
                        .coefficient(Grade.EXCELLENT, d("0.1"))
                        .coefficient(Grade.GOOD, d("0.15"))
                        .coefficient(Grade.FAIR, d("0.2"))
                        .coefficient(Grade.PASS, d("0.25"))
                        .build(),
                literal);
        GradeRow fail = draft.getGrades().stream()
                .filter(g -> g.getGrade() == Grade.FAIL)
                .findFirst()
                .orElseThrow();
        assertEquals(null, fail.getCoefficient(), "FAIL earns nothing");
    }

    @Test
    void conversionRowsAreAddedAndRemoved() {
        PolicyDraft draft = PolicyDraft.of(lincang);

        draft.addActivity();
        ActivityRow row = draft.getActivities().get(0);
        row.setType(" STUDIO_YEARLY_TASKS ");
        row.setCredits(d("20"));
        row.setModule(Module.COMPETENCE);

        assertEquals(
                lincang.toBuilder()
                        .activityConversion("STUDIO_YEARLY_TASKS", d("20"), Module.COMPETENCE)
                        .build(),
                draft.toRules());
        draft.removeActivity(row);
        assertEquals(lincang, draft.toRules());
    }

    @Test
    void anEmptyConversionRowIsRefusedByTheDomain() {
        PolicyDraft draft = PolicyDraft.of(lincang);
        draft.addActivity();

        InvalidPolicy e = assertThrows(InvalidPolicy.class, draft::toRules);

        assertTrue(
                e.violations().contains(PolicyViolation.of("policy.activity.typeBlank")),
                e.violations().toString());
        assertTrue(
                e.violations().contains(PolicyViolation.of("policy.activity.moduleMissing", "")),
                e.violations().toString());
    }

    @Test
    void aConversionTypeEnteredTwiceIsNamed() {
        PolicyDraft draft = PolicyDraft.of(lincang);
        for (String type : new String[] {"A", "B", "A "}) {
            draft.addActivity();
            ActivityRow row = draft.getActivities().get(draft.getActivities().size() - 1);
            row.setType(type);
            row.setCredits(d("1"));
            row.setModule(Module.ETHICS);
        }

        assertEquals(Set.of("A"), draft.duplicateActivityTypes());
    }

    @Test
    void aDraftCanBeKeptInTheViewState() {
        PolicyDraft draft = PolicyDraft.of(lincang);
        draft.addActivity();

        assertDoesNotThrow(() -> {
            try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
                out.writeObject(draft);
            }
        });
    }
}
