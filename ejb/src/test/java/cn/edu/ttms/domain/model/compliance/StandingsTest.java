package cn.edu.ttms.domain.model.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.credit.CreditCalculator;
import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.credit.ModuleCredits;
import cn.edu.ttms.domain.model.credit.ModuleShare;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Score;
import cn.edu.ttms.domain.model.shared.Selection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The standings kept for statistics agree with the per-teacher compliance report, row for row: the cycle's
 * {@code compliant} is the report's (years included), a year's is the year's own, the rows short are the
 * report's rows not met; the cycles kept are the current, the previous and any holding a result.
 */
class StandingsTest {

    private final PolicyRules lincang = PolicyRules.lincang2017();
    private final CreditCalculator credits = new CreditCalculator(lincang);
    private final Standings standings = new Standings(lincang, 7L, 3);
    private final Standings.Holder holder =
            new Standings.Holder(42L, 9L, "/1/4/9/", "PRIMARY", "数学", ComplianceStanding.NO_DESIGNATION);

    private ResultRecord result(int year, Level level, Selection selection, Module module, String hours, String rate) {
        CreditResult r = credits.calculate(
                level, DeliveryForm.LOCAL_CONCENTRATED, Hours.of(hours), CreditRate.of(rate), Score.of(95));
        List<ModuleCredits> split = credits.splitByModule(r, List.of(ModuleShare.of(module, hours)));
        return ResultRecord.of(year, level, selection, r, split, ResultStatus.RECOGNISED);
    }

    /** 2026 meets every yearly minimum: 12 h per module at county level (COMPETENCE 24), 24 h school-based. */
    private List<ResultRecord> aCompliant2026() {
        List<ResultRecord> records = new ArrayList<>();
        for (Module m : List.of(Module.ETHICS, Module.KNOWLEDGE, Module.COMPETENCE, Module.CLASS_MANAGEMENT)) {
            records.add(result(
                    2026, Level.COUNTY, Selection.SELF_SELECTED, m, m == Module.COMPETENCE ? "24" : "12", "1.0"));
        }
        records.add(result(2026, Level.SCHOOL, Selection.SELF_SELECTED, Module.SCHOOL_BASED, "24", "1.0"));
        return records;
    }

    @Test
    void withoutResultsTheCurrentAndThePreviousCycleAreKeptAndEveryRowFails() {
        List<ComplianceStanding> rows = standings.of(holder, List.of(), 2026);
        assertEquals(Set.of(2021, 2026), standings.cyclesKept(List.of(), 2026));
        assertEquals(12, rows.size(), "two cycles, each as a whole and in five years");
        ComplianceStanding cycle = rows.stream()
                .filter(s -> s.cycleStart() == 2026 && s.wholeCycle())
                .findFirst()
                .orElseThrow();
        assertFalse(cycle.compliant());
        assertEquals(EnumSet.allOf(StandingRow.class), EnumSet.copyOf(cycle.shortIn()));
        ComplianceStanding year = rows.stream()
                .filter(s -> s.cycleStart() == 2026 && s.period() == 2027)
                .findFirst()
                .orElseThrow();
        assertFalse(year.shortIn(StandingRow.SELF_SELECTED_SHARE), "a year has no self-selected row");
        assertEquals(7L, year.policyId());
        assertEquals(3, year.policyVersion());
        assertEquals("/1/4/9/", year.schoolPath());
    }

    @Test
    void aCompliantYearIsCompliantButTheCycleIsNot() {
        List<ResultRecord> records = aCompliant2026();
        ComplianceReport report = new ComplianceCalculator(lincang).assess(2026, records, 2026);
        List<ComplianceStanding> rows = standings.of(holder, records, 2026);
        ComplianceStanding y2026 = only(rows, 2026, 2026);
        assertTrue(report.year(2026).compliant(), report.year(2026).shortfalls().toString());
        assertTrue(y2026.compliant());
        assertTrue(y2026.shortIn().isEmpty(), y2026.shortIn().toString());
        ComplianceStanding cycle = only(rows, 2026, ComplianceStanding.WHOLE_CYCLE);
        assertEquals(report.compliant(), cycle.compliant());
        assertFalse(cycle.compliant(), "360 h are owed over the cycle");
        assertEquals(
                report.cycleAssessment().shortfalls().size(), cycle.shortIn().size(), "the cycle's rows short");
        assertFalse(cycle.shortIn(StandingRow.SELF_SELECTED_SHARE), "all self-selected: the share is met");
        assertFalse(only(rows, 2026, 2027).compliant(), "2027 owes its minimums as the per-teacher report says");
    }

    @Test
    void everyPeriodAgreesWithThePerTeacherReport() {
        List<ResultRecord> records = new ArrayList<>(aCompliant2026());
        records.add(result(2024, Level.MUNICIPAL, Selection.DIRECTIVE, Module.ETHICS, "30", "1.5"));
        records.add(ResultRecord.voided(2027, Level.COUNTY, Selection.SELF_SELECTED));
        List<ComplianceStanding> rows = standings.of(holder, records, 2026);
        for (int start : standings.cyclesKept(records, 2026)) {
            ComplianceReport report = new ComplianceCalculator(lincang).assess(start, records, 2026);
            assertEquals(report.compliant(), only(rows, start, 0).compliant());
            assertEquals(short_(report.cycleAssessment()), only(rows, start, 0).shortIn());
            for (Assessment y : report.years()) {
                ComplianceStanding s = only(rows, start, y.firstYear());
                assertEquals(y.compliant(), s.compliant(), "year " + y.firstYear());
                assertEquals(short_(y), s.shortIn(), "year " + y.firstYear());
            }
        }
    }

    @Test
    void aResultInALaterCycleKeepsThatCycleToo() {
        List<ResultRecord> records =
                List.of(result(2071, Level.COUNTY, Selection.SELF_SELECTED, Module.ETHICS, "6", "1"));
        assertEquals(Set.of(2021, 2026, 2071), standings.cyclesKept(records, 2026));
        List<ComplianceStanding> rows = standings.of(holder, records, 2026);
        assertEquals(18, rows.size());
        assertFalse(only(rows, 2071, 2071).shortIn(StandingRow.ETHICS), "6 h at 1.0 ×1.25 meets ETHICS 6");
        assertTrue(only(rows, 2071, 2071).shortIn(StandingRow.TOTAL_HOURS));
    }

    @Test
    void standingsAreValuesWithoutTheirComputingTime() {
        ComplianceStanding a = only(standings.of(holder, List.of(), 2026), 2026, 0);
        ComplianceStanding b = only(standings.of(holder, List.of(), 2026), 2026, 0);
        assertEquals(a, b);
        ComplianceStanding moved = new ComplianceStanding(
                a.teacherId(),
                a.cycleStart(),
                a.period(),
                10L,
                "/1/4/10/",
                a.stage(),
                a.subject(),
                a.designation(),
                a.compliant(),
                a.shortIn(),
                a.policyId(),
                a.policyVersion());
        assertNotEquals(a, moved);
        assertThrows(
                IllegalArgumentException.class,
                () -> new ComplianceStanding(1, 2026, 2025, 1, "/1/", "PRIMARY", "语文", "NONE", false, Set.of(), 1, 1));
    }

    private static Set<StandingRow> short_(Assessment a) {
        Set<StandingRow> out = EnumSet.noneOf(StandingRow.class);
        a.shortfalls().forEach(r -> out.add(StandingRow.of(r).orElseThrow()));
        return out;
    }

    private static ComplianceStanding only(List<ComplianceStanding> rows, int cycleStart, int period) {
        List<ComplianceStanding> found = rows.stream()
                .filter(s -> s.cycleStart() == cycleStart && s.period() == period)
                .toList();
        assertEquals(1, found.size(), cycleStart + "/" + period + ": " + rows);
        return found.get(0);
    }
}
