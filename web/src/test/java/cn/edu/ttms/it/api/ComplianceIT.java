package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.assertDecimal;
import static cn.edu.ttms.it.api.ResultScenario.decimal;
import static cn.edu.ttms.it.api.ResultScenario.json;
import static cn.edu.ttms.it.api.ResultScenario.modules;
import static cn.edu.ttms.it.api.ResultScenario.requirement;
import static cn.edu.ttms.it.api.ResultScenario.rowsByTeacher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * examples.md, "A year that meets the hours but not the credits", entered as real results and taken
 * through the whole sign-off chain: a county class (3 days, self-selected, COMPETENCE), a municipal class
 * (5 days, directive, KNOWLEDGE) and school-based training (24 h, SCHOOL_BASED, confirmed by the
 * principal). The teacher's 2026 then meets every hour row and the total credits but falls short in four
 * modules, and the school's compliance list names the same four shortfalls. On the way, a reviewed but not
 * yet recognised result counts only as pending (art. 20).
 *
 * <p>Plans of 2026: the demo data already has 2026 plans of 云南省, 临沧市 and 临翔区, and a plan is not
 * unique per bureau and year ({@code POST /api/v1/plans/import} always makes a new one). So this test
 * imports a plan of its own for 临沧市 and one for 临翔区, both for 2026, and adds its projects there —
 * never to the demo's plans (DemoDataIT checks the demo city plan's projects one by one) and without
 * {@link Scenario#cityPlan(int)}, which for 2026 would pick whichever 2026 plan the city lists first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceIT {

    private static final int YEAR = 2026;

    /** examples.md: ETHICS short 6, COMPETENCE 1.50, CLASS_MANAGEMENT 6, SCHOOL_BASED 9.60 (as plain numbers). */
    private static final Map<String, String> FOUR_SHORTFALLS = new TreeMap<>(Map.of(
            "MODULE_CREDITS ETHICS",
            "6",
            "MODULE_CREDITS COMPETENCE",
            "1.5",
            "MODULE_CREDITS CLASS_MANAGEMENT",
            "6",
            "MODULE_CREDITS SCHOOL_BASED",
            "9.6"));

    @ArquillianResource
    URL base;

    @Test
    void aYearThatMeetsTheHoursButNotTheCreditsNamesItsFourShortfalls() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead", "cityreviewer", "province", "principal");
        long cityPlan = rs.plan("city", YEAR);
        long countyPlan = rs.plan("linxiang", YEAR);
        long school = rs.organisationOf("principal"); // 临翔区第一完全小学, whose SCHOOL_ADMIN is the demo principal
        long teacher = rs.linxiangTeachers(List.of("临翔区第一完全小学"), 1, 20260901L).get(0);
        assertEquals(
                school,
                json(Api.as(base, "linxiang").get("/api/v1/teachers/" + teacher), 200)
                        .getJsonObject("school")
                        .getJsonNumber("id")
                        .longValue(),
                "the teacher is of the principal's school");

        // COUNTY, 3 days local, self-selected, COMPETENCE 18 h, rate 1.0, score 95 → 22.50
        long county = rs.openProject(
                "linxiang",
                rs.ledByTheDemoLead(ResultScenario.project(
                                countyPlan, "合规示例县级培训", "COUNTY", "SELF_SELECTED", "1.0", 3, "2026-10-12", "2026-10-14")
                        .add("modules", modules("COMPETENCE", "18"))));
        rs.nominate("linxiang", county, List.of(teacher));
        rs.start("linxiang", county);
        long countyBatch = rs.open("lead", county).getJsonNumber("id").longValue();
        long countyResult =
                resultOf(rs.enter("lead", countyBatch, Map.of(teacher, new String[] {"18", "95"})), teacher);
        rs.recognise("lead", countyBatch, county);

        // MUNICIPAL, 5 days, directive, KNOWLEDGE 30 h, rate 1.0, score 82 → 36.00
        long municipal = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                                cityPlan, "合规示例市级培训", "MUNICIPAL", "DIRECTIVE", "1.0", 5, "2026-11-02", "2026-11-06")
                        .add("modules", modules("KNOWLEDGE", "30"))));
        rs.nominate("linxiang", municipal, List.of(teacher));
        rs.start("city", municipal);
        long municipalBatch = rs.open("lead", municipal).getJsonNumber("id").longValue();
        long municipalResult =
                resultOf(rs.enter("lead", municipalBatch, Map.of(teacher, new String[] {"30", "82"})), teacher);
        rs.sign("lead", municipalBatch, "SIGNED");
        rs.sign("cityreviewer", municipalBatch, "REVIEWED");

        // reviewed, not yet recognised: shown as pending, not counted as final
        assertEquals(
                "REVIEWED",
                rs.archiveEntry("linxiang", teacher, municipalResult).getString("status"));
        JsonObject pending = rs.complianceYear("linxiang", teacher, YEAR, YEAR);
        JsonObject hours = requirement(pending, "COUNTY_OR_ABOVE_HOURS", null);
        assertDecimal("18", decimal(hours, "actual"), "only the recognised county class counts");
        assertDecimal("48", decimal(hours, "actualIncludingPending"), "with the reviewed municipal class pending");
        assertFalse(hours.getBoolean("met"), hours.toString());
        assertDecimal("22.50", decimal(requirement(pending, "TOTAL_CREDITS", null), "actual"), "final credits");
        rs.sign("province", municipalBatch, "RECOGNISED");

        // SCHOOL-based, 24 h (4 days), self-selected, SCHOOL_BASED 24 h, rate 0.5, score 88 → 14.40. The principal
        // confirms it (workflow.md §4: "the principal as the first signer"), which BatchAccess.signs allows to the
        // SCHOOL_ADMIN of the owning unit's subtree or of the project's host: a plan belongs to a bureau, so the
        // principal's school has to be the host.
        HttpResponse<String> created = Api.as(base, "linxiang")
                .post(
                        "/api/v1/projects",
                        ResultScenario.project(
                                        countyPlan,
                                        "合规示例校本研修",
                                        "SCHOOL",
                                        "SELF_SELECTED",
                                        "0.5",
                                        4,
                                        "2026-12-01",
                                        "2026-12-04")
                                .add("modules", modules("SCHOOL_BASED", "24"))
                                .add("hostId", school)
                                .build()
                                .toString());
        assertEquals(
                201,
                created.statusCode(),
                "school-based training hosted by the principal's school, so that the"
                        + " principal may confirm its results: " + created.body());
        long schoolBased = json(created, 201).getJsonNumber("id").longValue();
        rs.toEnrolling("linxiang", schoolBased);
        rs.nominate("principal", schoolBased, List.of(teacher));
        rs.start("linxiang", schoolBased);
        long schoolBatch = rs.open("linxiang", schoolBased).getJsonNumber("id").longValue();
        long schoolResult =
                resultOf(rs.enter("linxiang", schoolBatch, Map.of(teacher, new String[] {"24", "88"})), teacher);
        assertEquals(
                404,
                rs.trySign("lead", schoolBatch, ResultScenario.PIN).statusCode(),
                "a lead of other projects has no part in school-based training");
        JsonObject confirmed = rs.sign("principal", schoolBatch, "SIGNED");
        JsonObject confirmation = confirmed.getJsonArray("signatures").getJsonObject(0);
        assertEquals("principal", confirmation.getString("signer"));
        assertEquals("SCHOOL_ADMIN", confirmation.getString("role"));
        rs.sign("cityreviewer", schoolBatch, "REVIEWED");
        rs.sign("province", schoolBatch, "RECOGNISED");

        // the archive: the three results, recognised
        assertDecimal("22.50", decimal(recognised(rs, teacher, countyResult), "credits"), "county class");
        assertDecimal("36.00", decimal(recognised(rs, teacher, municipalResult), "credits"), "municipal class");
        assertDecimal("14.40", decimal(recognised(rs, teacher, schoolResult), "credits"), "school-based training");

        // 2026: the hours and the total credits are met, four modules fall short
        JsonObject year = rs.complianceYear("linxiang", teacher, YEAR, YEAR);
        assertMet(year, "TOTAL_HOURS", "72");
        assertMet(year, "COUNTY_OR_ABOVE_HOURS", "48");
        assertMet(year, "SCHOOL_BASED_HOURS", "24");
        assertMet(year, "TOTAL_CREDITS", "72.90");
        JsonObject knowledge = requirement(year, "MODULE_CREDITS", "KNOWLEDGE");
        assertTrue(knowledge.getBoolean("met"), knowledge.toString());
        assertDecimal("36.00", decimal(knowledge, "actual"), "KNOWLEDGE");
        assertEquals(
                FOUR_SHORTFALLS,
                shortfalls(year.getJsonArray("rows").getValuesAs(JsonObject.class)),
                "exactly the four shortfalls of examples.md: " + year);
        assertFalse(year.getBoolean("compliant"), "not compliant for 2026");
        JsonObject report = json(
                Api.as(base, "linxiang").get("/api/v1/teachers/" + teacher + "/compliance?cycleStart=" + YEAR), 200);
        assertFalse(report.getBoolean("compliant"), "nor for the cycle");
        for (JsonObject y : report.getJsonArray("years").getValuesAs(JsonObject.class)) {
            assertEquals(
                    y.getInt("year") <= java.time.LocalDate.now().getYear(),
                    y.getBoolean("due"),
                    "a year after this one is not due yet: " + y);
        }
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .get("/api/v1/teachers/" + teacher + "/compliance?cycleStart=" + YEAR)
                        .statusCode(),
                "not 凤庆县's to read");

        // the school's list for 2026 names the teacher with the same four shortfalls
        JsonObject standing = standing(school, teacher);
        assertFalse(standing.getBoolean("compliant"), standing.toString());
        assertEquals(
                FOUR_SHORTFALLS,
                shortfalls(standing.getJsonArray("shortfalls").getValuesAs(JsonObject.class)),
                standing.toString());
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .get("/api/v1/organisations/" + school + "/compliance?cycleStart=2026&year=2026")
                        .statusCode(),
                "nor 临翔区's school");

        // the same four shortfalls on the teacher's archive page, as 临翔区 staff read it in a browser
        org.openqa.selenium.WebDriver browser = cn.edu.ttms.it.ui.Browser.signedIn(base, "linxiang");
        try {
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(45));
            browser.get(base + "app/teachers/archive.xhtml?id=" + teacher);
            // tab 0 is the cycle 2026–2030, tab 1 its first year, 2026
            org.openqa.selenium.WebElement year2026 =
                    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                            org.openqa.selenium.By.id("complianceForm:complianceTabs:1:rows")));
            // each row's shortfall as a Chinese reader expects it: hours and whole credits plainly, other
            // credits with both places (6, 1.50, 9.60 — never 6.00 or 360.0)
            Map<String, String> shortfallByRow = new TreeMap<>();
            Map<String, String> actualByRow = new TreeMap<>();
            for (org.openqa.selenium.WebElement tr :
                    year2026.findElements(org.openqa.selenium.By.cssSelector("tbody tr"))) {
                String name = value(tr.findElement(org.openqa.selenium.By.cssSelector("td")));
                shortfallByRow.put(name, value(tr.findElement(org.openqa.selenium.By.cssSelector("td.col-shortfall"))));
                actualByRow.put(name, value(tr.findElement(org.openqa.selenium.By.cssSelector("td.col-actual"))));
            }
            assertEquals("6", shortfallByRow.get("模块学分 · 专业理念与师德"), shortfallByRow.toString());
            assertEquals("1.50", shortfallByRow.get("模块学分 · 专业能力"), shortfallByRow.toString());
            assertEquals("6", shortfallByRow.get("模块学分 · 班级管理"), shortfallByRow.toString());
            assertEquals("9.60", shortfallByRow.get("模块学分 · 校本研修"), shortfallByRow.toString());
            assertEquals("0", shortfallByRow.get("总学时"), shortfallByRow.toString());
            assertEquals("72", actualByRow.get("总学时"), "hours without .0: " + actualByRow);
            assertEquals("72.90", actualByRow.get("总学分"), "the year's credits: " + actualByRow);
            // the years of the cycle after this one are not due yet: 未到期, not ✗
            List<String> tabs = browser
                    .findElements(org.openqa.selenium.By.cssSelector(
                            "[id='complianceForm:complianceTabs'] ul[role=tablist] li"))
                    .stream()
                    .map(li -> li.getAttribute("textContent").strip())
                    .toList();
            assertEquals(6, tabs.size(), tabs.toString());
            int now = java.time.LocalDate.now().getYear();
            for (int y = YEAR; y <= YEAR + 4; y++) {
                String tab = tabs.get(y - YEAR + 1);
                assertTrue(tab.startsWith(y + " 年度"), tabs.toString());
                assertEquals(y > now, tab.endsWith("未到期"), y + " due in " + now + "? " + tabs);
            }
            cn.edu.ttms.it.ui.Browser.screenshot(browser, "compliance-year-example");
        } finally {
            browser.quit();
        }
    }

    /** The unmet rows as "REQUIREMENT MODULE" → shortfall, numbers without trailing zeros. */
    private static Map<String, String> shortfalls(List<JsonObject> rows) {
        Map<String, String> unmet = new TreeMap<>();
        for (JsonObject r : rows) {
            if (!r.getBoolean("met")) {
                BigDecimal shortfall = r.getJsonNumber("shortfall").bigDecimalValue();
                unmet.put(
                        r.getString("requirement") + (r.isNull("module") ? "" : " " + r.getString("module")),
                        shortfall.signum() == 0
                                ? "0"
                                : shortfall.stripTrailingZeros().toPlainString());
            }
        }
        return unmet;
    }

    private static void assertMet(JsonObject year, String requirement, String actual) {
        JsonObject row = requirement(year, requirement, null);
        assertTrue(row.getBoolean("met"), row.toString());
        assertDecimal(actual, decimal(row, "actual"), requirement);
        assertDecimal("0", decimal(row, "shortfall"), requirement + " shortfall");
    }

    private static long resultOf(JsonObject sheet, long teacher) {
        return rowsByTeacher(sheet).get(teacher).getJsonNumber("resultId").longValue();
    }

    private static JsonObject recognised(ResultScenario rs, long teacher, long result) throws Exception {
        JsonObject entry = rs.archiveEntry("linxiang", teacher, result);
        assertEquals("RECOGNISED", entry.getString("status"), entry.toString());
        return entry;
    }

    /** The teacher's line in the school's compliance list for 2026, as 临翔区 reads it (non-compliant first, paged). */
    private JsonObject standing(long school, long teacher) throws Exception {
        for (int page = 0; page < 100; page++) {
            JsonObject list = json(
                    Api.as(base, "linxiang")
                            .get("/api/v1/organisations/" + school
                                    + "/compliance?cycleStart=2026&year=2026&size=500&page=" + page),
                    200);
            assertEquals(YEAR, list.getInt("year"), "the list for one year");
            assertEquals(school, list.getJsonNumber("unitId").longValue());
            for (JsonObject s : list.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (s.getJsonNumber("teacherId").longValue() == teacher) {
                    return s;
                }
            }
            if ((page + 1) * 500 >= list.getInt("total")) {
                break;
            }
        }
        throw new AssertionError("teacher " + teacher + " is not in the compliance list of school " + school);
    }

    /**
     * A table cell's value as the page holds it, without the column title PrimeFaces puts into each
     * cell of a table that reflows on a phone (hidden on a desk).
     */
    private static String value(org.openqa.selenium.WebElement cell) {
        String text = cell.getAttribute("textContent");
        for (org.openqa.selenium.WebElement title :
                cell.findElements(org.openqa.selenium.By.cssSelector(".ui-column-title"))) {
            text = text.replaceFirst(java.util.regex.Pattern.quote(title.getAttribute("textContent")), "");
        }
        return text.strip();
    }
}
