package cn.edu.ttms.domain.model.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.credit.CreditCalculator;
import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.credit.ModuleCredits;
import cn.edu.ttms.domain.model.credit.ModuleShare;
import cn.edu.ttms.domain.model.policy.InvalidCycleStart;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Cycle;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Score;
import cn.edu.ttms.domain.model.shared.Selection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceCalculatorTest {

    private final PolicyRules lincang = PolicyRules.lincang2017();
    private final CreditCalculator credits = new CreditCalculator(lincang);
    private final ComplianceCalculator compliance = new ComplianceCalculator(lincang);

    private ResultRecord result(
            int year,
            Level level,
            Selection selection,
            Module module,
            String hours,
            String rate,
            int score,
            ResultStatus status) {
        CreditResult r = credits.calculate(
                level, DeliveryForm.LOCAL_CONCENTRATED, Hours.of(hours), CreditRate.of(rate), Score.of(score));
        List<ModuleCredits> split = credits.splitByModule(r, List.of(ModuleShare.of(module, hours)));
        return ResultRecord.of(year, level, selection, r, split, status);
    }

    /** Teacher T, 2026, all recognised (examples.md, "a year that meets the hours…"). */
    private List<ResultRecord> teacherT() {
        return List.of(
                result(
                        2026,
                        Level.COUNTY,
                        Selection.SELF_SELECTED,
                        Module.COMPETENCE,
                        "18",
                        "1.0",
                        95,
                        ResultStatus.RECOGNISED),
                result(
                        2026,
                        Level.MUNICIPAL,
                        Selection.DIRECTIVE,
                        Module.KNOWLEDGE,
                        "30",
                        "1.0",
                        82,
                        ResultStatus.RECOGNISED),
                result(
                        2026,
                        Level.SCHOOL,
                        Selection.SELF_SELECTED,
                        Module.SCHOOL_BASED,
                        "24",
                        "0.5",
                        88,
                        ResultStatus.RECOGNISED));
    }

    private static RequirementRow row(Assessment a, Requirement requirement, Module module) {
        return a.row(requirement, module).orElseThrow();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theExampleYearMeetsTheHoursButNotTheCredits() {
        assertEquals(
                List.of(Credits.of("22.50"), Credits.of("36.00"), Credits.of("14.40")),
                teacherT().stream().map(ResultRecord::credits).toList());
        Assessment y2026 = compliance.assess(2026, teacherT()).year(2026);

        assertTrue(row(y2026, Requirement.TOTAL_HOURS, null).met());
        assertEquals(d("72.0"), row(y2026, Requirement.TOTAL_HOURS, null).actual());
        assertEquals(
                d("48.0"), row(y2026, Requirement.COUNTY_OR_ABOVE_HOURS, null).actual());
        assertTrue(row(y2026, Requirement.COUNTY_OR_ABOVE_HOURS, null).met());
        assertEquals(d("24.0"), row(y2026, Requirement.SCHOOL_BASED_HOURS, null).actual());
        assertTrue(row(y2026, Requirement.SCHOOL_BASED_HOURS, null).met());
        assertEquals(d("72.90"), row(y2026, Requirement.TOTAL_CREDITS, null).actual());
        assertTrue(row(y2026, Requirement.TOTAL_CREDITS, null).met());
        assertEquals(
                d("36.00"),
                row(y2026, Requirement.MODULE_CREDITS, Module.KNOWLEDGE).actual());
        assertTrue(row(y2026, Requirement.MODULE_CREDITS, Module.KNOWLEDGE).met());

        List<String> shortfalls = y2026.shortfalls().stream()
                .map(r -> r.module() + " " + r.shortfall().toPlainString())
                .toList();
        assertEquals(
                List.of("ETHICS 6.00", "COMPETENCE 1.50", "CLASS_MANAGEMENT 6.00", "SCHOOL_BASED 9.60"), shortfalls);
        assertFalse(y2026.compliant());
    }

    @Test
    void aYearHasNoSelfSelectedShareRowButTheCycleHas() {
        ComplianceReport report = compliance.assess(2026, teacherT());
        assertTrue(report.year(2026).row(Requirement.SELF_SELECTED_SHARE, null).isEmpty());
        RequirementRow share = row(report.cycleAssessment(), Requirement.SELF_SELECTED_SHARE, null);
        // (22.50 + 14.40) / 72.90 = 50.617…% — shown rounded down.
        assertEquals(d("60.00"), share.required());
        assertEquals(d("50.61"), share.actual());
        assertEquals(d("9.39"), share.shortfall());
        assertFalse(share.met());
        assertEquals(10, report.cycleAssessment().rows().size());
        assertEquals(9, report.year(2026).rows().size());
    }

    @Test
    void theCycleShowsWhatIsStillNeeded() {
        ComplianceReport report = compliance.assess(2026, teacherT());
        assertEquals(new Cycle(2026, 2030), report.cycle());
        assertEquals(5, report.years().size());
        Assessment cycle = report.cycleAssessment();
        assertEquals(d("288.0"), row(cycle, Requirement.TOTAL_HOURS, null).shortfall());
        assertEquals(d("287.10"), row(cycle, Requirement.TOTAL_CREDITS, null).stillNeeded());
        assertEquals(
                d("72.0"), row(report.year(2027), Requirement.TOTAL_HOURS, null).stillNeeded());
        assertFalse(report.compliant());
    }

    @Test
    void pendingResultsShowWhatTheyWouldAddButDoNotCountYet() {
        List<ResultRecord> records = new ArrayList<>(teacherT());
        records.add(
                result(2026, Level.COUNTY, Selection.SELF_SELECTED, Module.ETHICS, "5", "1", 70, ResultStatus.PENDING));
        records.add(result(
                2026,
                Level.COUNTY,
                Selection.SELF_SELECTED,
                Module.CLASS_MANAGEMENT,
                "5",
                "1",
                70,
                ResultStatus.REVIEWED));
        RequirementRow ethics =
                row(compliance.assess(2026, records).year(2026), Requirement.MODULE_CREDITS, Module.ETHICS);
        assertEquals(d("0.00"), ethics.actual());
        assertEquals(d("5.75"), ethics.actualIncludingPending());
        assertEquals(d("6.00"), ethics.shortfall());
        assertEquals(d("0.25"), ethics.stillNeeded());
        assertFalse(ethics.met());
        assertFalse(ethics.metIncludingPending());
        RequirementRow hours = row(compliance.assess(2026, records).year(2026), Requirement.TOTAL_HOURS, null);
        assertEquals(d("72.0"), hours.actual());
        assertEquals(d("82.0"), hours.actualIncludingPending());
    }

    @Test
    void voidResultsNeverCount() {
        List<ResultRecord> records = new ArrayList<>(teacherT());
        records.add(
                result(2026, Level.NATIONAL, Selection.SELF_SELECTED, Module.ETHICS, "60", "3", 99, ResultStatus.VOID));
        RequirementRow ethics =
                row(compliance.assess(2026, records).year(2026), Requirement.MODULE_CREDITS, Module.ETHICS);
        assertEquals(d("0.00"), ethics.actual());
        assertEquals(d("0.00"), ethics.actualIncludingPending());
    }

    @Test
    void inductionCountsOnlyWhenThePolicySaysSo() {
        ResultRecord recognised =
                result(2026, Level.COUNTY, Selection.DIRECTIVE, Module.ETHICS, "120", "1", 90, ResultStatus.RECOGNISED);
        ResultRecord induction = new ResultRecord(
                recognised.year(),
                recognised.level(),
                recognised.selection(),
                recognised.hours(),
                recognised.credits(),
                recognised.moduleSplit(),
                recognised.status(),
                true);
        RequirementRow hours =
                row(compliance.assess(2026, List.of(induction)).year(2026), Requirement.TOTAL_HOURS, null);
        assertEquals(d("0.0"), hours.actual());
        PolicyRules counting = lincang.toBuilder().inductionHoursCount(true).build();
        RequirementRow counted = row(
                new ComplianceCalculator(counting)
                        .assess(2026, List.of(induction))
                        .year(2026),
                Requirement.TOTAL_HOURS,
                null);
        assertEquals(d("120.0"), counted.actual());
    }

    @Test
    void failedResultsAddNoHours() {
        ResultRecord failed =
                result(2026, Level.COUNTY, Selection.DIRECTIVE, Module.ETHICS, "18", "1", 50, ResultStatus.RECOGNISED);
        RequirementRow hours = row(compliance.assess(2026, List.of(failed)).year(2026), Requirement.TOTAL_HOURS, null);
        assertEquals(d("0.0"), hours.actual());
    }

    @Test
    void resultsOutsideTheCycleAreIgnored() {
        List<ResultRecord> records = List.of(
                result(2025, Level.COUNTY, Selection.DIRECTIVE, Module.ETHICS, "18", "1", 90, ResultStatus.RECOGNISED));
        RequirementRow hours = row(compliance.assess(2026, records).cycleAssessment(), Requirement.TOTAL_HOURS, null);
        assertEquals(d("0.0"), hours.actual());
    }

    @Test
    void aCycleMustStartWhereThePolicyStartsOne() {
        assertThrows(InvalidCycleStart.class, () -> compliance.assess(2027, teacherT()));
    }

    /** Per year: 48 h county (self-selected) over four modules, 24 h school-based (directive). */
    private static List<ResultRecord> aCompliantYear(int year, int times) {
        List<ResultRecord> records = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            records.add(new ResultRecord(
                    year,
                    Level.COUNTY,
                    Selection.SELF_SELECTED,
                    Hours.of(48),
                    Credits.of("48.00"),
                    List.of(
                            new ModuleCredits(Module.ETHICS, Hours.of(6), Credits.of("6.00")),
                            new ModuleCredits(Module.KNOWLEDGE, Hours.of(12), Credits.of("12.00")),
                            new ModuleCredits(Module.COMPETENCE, Hours.of(24), Credits.of("24.00")),
                            new ModuleCredits(Module.CLASS_MANAGEMENT, Hours.of(6), Credits.of("6.00"))),
                    ResultStatus.RECOGNISED,
                    false));
            records.add(new ResultRecord(
                    year,
                    Level.SCHOOL,
                    Selection.DIRECTIVE,
                    Hours.of(24),
                    Credits.of("24.00"),
                    List.of(new ModuleCredits(Module.SCHOOL_BASED, Hours.of(24), Credits.of("24.00"))),
                    ResultStatus.RECOGNISED,
                    false));
        }
        return records;
    }

    @Test
    void aCycleWithEveryYearMetIsCompliant() {
        List<ResultRecord> records = new ArrayList<>();
        for (int year = 2026; year <= 2030; year++) {
            records.addAll(aCompliantYear(year, 1));
        }
        ComplianceReport report = compliance.assess(2026, records);
        assertTrue(report.compliant());
        assertTrue(report.compliantIncludingPending());
        assertTrue(report.cycleAssessment().shortfalls().isEmpty());
        assertEquals(
                d("66.66"),
                row(report.cycleAssessment(), Requirement.SELF_SELECTED_SHARE, null)
                        .actual());
    }

    @Test
    void meetingTheCycleTotalsIsNotEnoughWhenAYearFallsShort() {
        List<ResultRecord> records = new ArrayList<>(aCompliantYear(2026, 2));
        for (int year = 2028; year <= 2030; year++) {
            records.addAll(aCompliantYear(year, 1));
        }
        ComplianceReport report = compliance.assess(2026, records);
        assertTrue(report.cycleAssessment().compliant());
        assertFalse(report.year(2027).compliant());
        assertFalse(report.compliant());
    }

    @Test
    void yearsThatHaveNotBegunAreNotDueAndNoFailure() {
        // 2026 and 2027 met, and the cycle's own totals already reached (five years' worth early)
        List<ResultRecord> records = new ArrayList<>(aCompliantYear(2026, 3));
        records.addAll(aCompliantYear(2027, 2));
        ComplianceReport asOf2027 = compliance.assess(2026, records, 2027);
        assertTrue(asOf2027.year(2026).due());
        assertTrue(asOf2027.year(2027).due());
        assertFalse(asOf2027.year(2028).due());
        assertFalse(asOf2027.year(2030).due());
        assertTrue(asOf2027.cycleAssessment().due());
        assertFalse(asOf2027.year(2028).compliant(), "its rows still show what 2028 will ask for");
        assertEquals(
                d("72.0"),
                row(asOf2027.year(2028), Requirement.TOTAL_HOURS, null).shortfall());
        assertTrue(asOf2027.compliant(), "2028–2030 owe nothing yet");
        assertTrue(asOf2027.compliantIncludingPending());

        ComplianceReport whole = compliance.assess(2026, records);
        assertTrue(whole.years().stream().allMatch(Assessment::due), "judged as a whole, every year is due");
        assertFalse(whole.compliant(), "2028–2030 fall short once they are due");

        ComplianceReport before = compliance.assess(2026, List.of(), 2025);
        assertFalse(before.cycleAssessment().due(), "a cycle that has not begun");
        assertTrue(before.years().stream().noneMatch(Assessment::due));
    }

    @Test
    void aSplitThatDoesNotAddUpIsRejected() {
        assertThrows(
                InvalidResultRecord.class,
                () -> new ResultRecord(
                        2026,
                        Level.COUNTY,
                        Selection.DIRECTIVE,
                        Hours.of(18),
                        Credits.of("25.92"),
                        List.of(new ModuleCredits(Module.ETHICS, Hours.of(18), Credits.of("25.91"))),
                        ResultStatus.RECOGNISED,
                        false));
    }

    /** Issue 14, finding 5: a tampered row is voided; its figures, whatever they are, never stop a report. */
    @Test
    void aVoidRecordWhoseSplitDoesNotAddUpCountsNothingAndStopsNothing() {
        ResultRecord tampered = new ResultRecord(
                2026,
                Level.MUNICIPAL,
                Selection.DIRECTIVE,
                Hours.of(18),
                Credits.of("42.40"),
                List.of(new ModuleCredits(Module.KNOWLEDGE, Hours.of(18), Credits.of("32.40"))),
                ResultStatus.VOID,
                false);
        List<ResultRecord> records = new ArrayList<>(teacherT());
        records.add(tampered);
        Assessment year = compliance.assess(2026, records).year(2026);
        Assessment without = compliance.assess(2026, teacherT()).year(2026);
        assertEquals(without.rows(), year.rows(), "the void record changes no row");
    }

    @Test
    void aVoidedRecordHasNoFigures() {
        ResultRecord voided = ResultRecord.voided(2026, Level.COUNTY, Selection.SELF_SELECTED);
        assertEquals(ResultStatus.VOID, voided.status());
        assertEquals(Hours.ZERO, voided.hours());
        assertEquals(Credits.ZERO, voided.credits());
        assertTrue(voided.moduleSplit().isEmpty());
        assertEquals(Credits.ZERO, voided.creditsOf(Module.COMPETENCE));
    }
}
