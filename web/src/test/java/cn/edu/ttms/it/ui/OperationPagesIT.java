package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.enrolment.Lottery;
import cn.edu.ttms.it.TestDatabase;
import cn.edu.ttms.it.api.Api;
import cn.edu.ttms.it.api.Scenario;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages for what only the API could do before (issue 17, item 8), in a real browser, each checked
 * against the REST API: the city opens a lottery round, 临翔区 nominates into it, and after the closing the
 * city draws it on the page — the roster is the one {@link Lottery} gives for the seed the page shows;
 * 凤庆县 sees the rounds but may not act. A what-if replay under a new policy version shows the
 * differences the API computes. A 临翔区 teacher moved on the page is at the new school afterwards, with
 * the move in their record; 凤庆县 cannot see (so cannot move) them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationPagesIT {

    private static final String FROM_SCHOOL = "临翔区博尚镇中心完小";
    private static final String TO_SCHOOL = "临翔区南美乡民族学校";

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theCityOpensALotteryRoundAndDrawsItOnThePage() throws Exception {
        Scenario scenario = new Scenario(base);
        long plan = scenario.cityPlan(2067);
        long project =
                scenario.create(Scenario.project(plan, "轮次页面测试项目", 3, "DIRECTIVE", "2067-03-07", "2067-03-09"), true);

        WebDriver city = signedIn("city");
        WebDriverWait wait = new WebDriverWait(city, Duration.ofSeconds(45));
        city.get(base + "app/projects/view.xhtml?id=" + project);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("steps:roundsLink")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), "尚未开启任何报名轮次"));
        city.findElement(By.id("open:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已开启第 1 轮报名"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), "抽签须在报名截止"));
        assertTrue(city.findElements(By.cssSelector(".draw-button")).isEmpty(), "no draw while the round is open");

        List<Long> teachers = scenario.freshTeachers(List.of(FROM_SCHOOL), 5, 20670001L);
        List<Long> entries = new ArrayList<>();
        Map<Long, Long> teacherOf = new HashMap<>();
        for (long t : teachers) {
            JsonObject e = json(
                    Api.as(base, "linxiang")
                            .post("/api/v1/projects/" + project + "/enrolments", "{\"teacherId\":" + t + "}"),
                    201);
            assertEquals("LOTTERY", e.getString("status"), "an entry waits for the draw");
            entries.add(e.getJsonNumber("id").longValue());
            teacherOf.put(e.getJsonNumber("id").longValue(), t);
        }
        closeWindow(project);

        city.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), "待抽签"));
        city.findElement(By.cssSelector(".draw-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:drawBox"), "抽签不可撤销"));
        city.findElement(By.id("list:confirmDraw")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "第 1 轮已抽签"));
        long seed = Long.parseLong(city.findElement(By.id("drawSeed")).getText().trim());
        assertEquals(List.of(), Browser.policyViolations(city), "the page keeps to its Content Security Policy");
        ((JavascriptExecutor) city).executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(city, "enrolment-rounds");

        List<Long> expected = Lottery.order(entries, seed);
        assertEquals(
                expected.stream().map(String::valueOf).collect(Collectors.joining(" · ")),
                city.findElement(By.id("drawOrder")).getText().trim(),
                "the page shows the order the seed gives");
        assertEquals("3", city.findElement(By.id("drawEnrolled")).getText().trim());
        assertEquals("2", city.findElement(By.id("drawWaiting")).getText().trim());
        JsonObject roster = json(Api.as(base, "city").get("/api/v1/projects/" + project + "/roster"), 200);
        Set<Long> seated = roster.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("teacherId").longValue())
                .collect(Collectors.toSet());
        assertEquals(
                expected.subList(0, 3).stream().map(teacherOf::get).collect(Collectors.toSet()),
                seated,
                "the API's roster is the draw of the seed the page showed");
        assertTrue(city.findElement(By.id("list:table")).getText().contains("已抽签"));
        assertTrue(city.findElement(By.id("list:table")).getText().contains(String.valueOf(seed)));
        assertTrue(
                city.findElement(By.id("backfill")).getText().contains("没有空出的名额"),
                "why the waiting list cannot move up");
        assertEquals("2", city.findElement(By.id("waiting")).getText().trim());

        WebDriver county = signedIn("fengqing");
        WebDriverWait countyWait = new WebDriverWait(county, Duration.ofSeconds(45));
        county.get(base + "app/enrolments/rounds.xhtml?project=" + project);
        countyWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notYours"), "只有项目所属的教育局"));
        assertTrue(county.findElements(By.cssSelector(".draw-button")).isEmpty());
        assertTrue(county.findElements(By.id("open:submit")).isEmpty(), "another county opens no round here");

        fitsAPhone(city, "app/enrolments/rounds.xhtml?project=" + project);
    }

    @Test
    void aWhatIfReplayShowsTheDifferencesTheApiComputes() throws Exception {
        JsonObject list = json(Api.as(base, "admin").get("/api/v1/credit-policies?size=500"), 200);
        int defaultId = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.isNull("jurisdiction"))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        JsonObject rules = json(Api.as(base, "admin").get("/api/v1/credit-policies/" + defaultId), 200)
                .getJsonObject("rules");
        JsonObject version = json(
                Api.as(base, "admin")
                        .post(
                                "/api/v1/credit-policies",
                                Json.createObjectBuilder()
                                        .add("basedOn", defaultId)
                                        .add("name", "页面假设：绩效系数加倍")
                                        .add("effectiveFrom", "2099-01-01")
                                        .add(
                                                "rules",
                                                Json.createObjectBuilder(rules)
                                                        .add(
                                                                "coefficients",
                                                                Json.createObjectBuilder()
                                                                        .add("EXCELLENT", new BigDecimal("0.5"))
                                                                        .add("GOOD", new BigDecimal("0.4"))
                                                                        .add("FAIR", new BigDecimal("0.3"))
                                                                        .add("PASS", new BigDecimal("0.2"))))
                                        .build()
                                        .toString()),
                201);
        long versionId = version.getJsonNumber("id").longValue();
        long unit = json(Api.as(base, "linxiang").get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
        JsonObject api = json(
                Api.as(base, "linxiang")
                        .get("/api/v1/credit-policies/" + versionId + "/what-if?unitId=" + unit + "&size=500"),
                200);
        List<JsonObject> changed = api.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getJsonArray("changed").isEmpty())
                .toList();
        assertFalse(changed.isEmpty(), "the doubled coefficients change someone's credits in 临翔区: " + api);

        WebDriver browser = signedIn("linxiang");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(base + "app/policies/view.xhtml?id=" + versionId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("whatIfLink"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whatIf:run")));
        ready(browser, wait);
        browser.findElement(By.id("whatIf:run")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("difference")));
        assertEquals(
                0,
                credits(browser.findElement(By.id("difference")).getText())
                        .compareTo(api.getJsonNumber("difference").bigDecimalValue()),
                "the page's difference is the API's");
        assertEquals(
                0,
                credits(browser.findElement(By.id("replayedTotal")).getText())
                        .compareTo(api.getJsonNumber("replayedTotal").bigDecimalValue()));
        assertTrue(
                browser.findElement(By.id("report")).getText().contains("学分会变化的教师（" + changed.size() + " 人"),
                browser.findElement(By.id("report")).getText());
        JsonObject first = changed.get(0);
        WebElement firstRow = browser.findElement(By.xpath("//tbody[@id='report:teachers_data']/tr[1]"));
        assertTrue(firstRow.getText().contains(first.getString("name")), firstRow.getText());
        assertEquals(
                0,
                credits(firstRow.findElement(By.cssSelector(".teacher-difference"))
                                .getText())
                        .compareTo(first.getJsonNumber("difference").bigDecimalValue()),
                "largest difference first, as the API orders it");
        Browser.screenshot(browser, "policy-whatif");
        assertEquals(List.of(), Browser.policyViolations(browser), "the page keeps to its Content Security Policy");

        fitsAPhone(browser, "app/policies/whatif.xhtml?id=" + versionId + "&unit=" + unit, () -> {
            browser.findElement(By.id("whatIf:run")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("difference")));
        });
    }

    @Test
    void aCountyMovesItsTeacherOnThePageAndAnotherCountyCannot() throws Exception {
        long teacher = new Scenario(base)
                .freshTeachers(List.of(FROM_SCHOOL), 1, 20670101L)
                .get(0);
        String from = json(Api.as(base, "linxiang").get("/api/v1/teachers/" + teacher), 200)
                .getJsonObject("school")
                .getString("name");
        assertEquals(FROM_SCHOOL, from);

        WebDriver county = signedIn("linxiang");
        WebDriverWait wait = new WebDriverWait(county, Duration.ofSeconds(45));
        county.get(base + "app/teachers/view.xhtml?id=" + teacher);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("move:school")));
        ready(county, wait);
        By target = By.xpath(
                "//li[contains(@class,'ui-selectonemenu-item') and contains(@data-label,'" + TO_SCHOOL + "')]");
        for (int attempt = 1; ; attempt++) {
            county.findElement(By.id("move:school")).click();
            WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("move:school_filter")));
            filter.clear();
            filter.sendKeys(TO_SCHOOL);
            wait.until(ExpectedConditions.elementToBeClickable(target)).click();
            try {
                new WebDriverWait(county, Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("move:school_label"), TO_SCHOOL));
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        county.findElement(By.id("move:ask")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("move:confirmBox"), "调动记录不能撤销"));
        county.findElement(By.id("move:confirmMove")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已调往 " + TO_SCHOOL));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("school"), TO_SCHOOL));
        String moves = county.findElement(By.id("teacher:moves")).getText();
        assertTrue(moves.contains(FROM_SCHOOL) && moves.contains(TO_SCHOOL) && moves.contains("linxiang"), moves);
        ((JavascriptExecutor) county)
                .executeScript("document.getElementById('teacher:moves').scrollIntoView({block: 'center'})");
        Browser.screenshot(county, "teacher-move");
        assertEquals(List.of(), Browser.policyViolations(county), "the page keeps to its Content Security Policy");

        assertEquals(
                TO_SCHOOL,
                json(Api.as(base, "linxiang").get("/api/v1/teachers/" + teacher), 200)
                        .getJsonObject("school")
                        .getString("name"),
                "the API shows the new school");
        assertTrue(auditedTeacherChange(teacher), "the move is in the audit trail");

        WebDriver other = signedIn("fengqing");
        WebDriverWait otherWait = new WebDriverWait(other, Duration.ofSeconds(45));
        other.get(base + "app/teachers/view.xhtml?id=" + teacher);
        otherWait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageMessages")));
        assertTrue(other.findElements(By.id("move:school")).isEmpty(), "another county has no move for this teacher");
        assertTrue(other.findElements(By.id("teacher:name")).isEmpty(), "nor sees the record");
        HttpResponse<String> refused = Api.as(base, "fengqing")
                .post(
                        "/api/v1/teachers/" + teacher + "/moves",
                        "{\"schoolId\":" + schoolId(FROM_SCHOOL) + ",\"on\":\"2026-12-01\"}");
        assertEquals(404, refused.statusCode(), refused.body());

        fitsAPhone(county, "app/teachers/view.xhtml?id=" + teacher);
    }

    /** Closes the round's window by moving it eight days back; relative, so the time zones do not matter. */
    private static void closeWindow(long project) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("UPDATE enrolment_round SET opens_at = opens_at"
                        + " - INTERVAL 8 DAY, closes_at = closes_at - INTERVAL 8 DAY"
                        + " WHERE project_id = ? AND round_no = 1")) {
            s.setLong(1, project);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static long schoolId(String name) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT id FROM organisation WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), name);
                return rs.getLong(1);
            }
        }
    }

    private static boolean auditedTeacherChange(long teacher) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s =
                        c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Teacher'"
                                + " AND entity_id = ? AND action = 'UPDATE'")) {
            s.setString(1, String.valueOf(teacher));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** A figure as the pages write credits: grouped with commas, a minus sign when below zero. */
    private static BigDecimal credits(String text) {
        return new BigDecimal(text.trim().replace(",", "").replace("−", "-"));
    }

    /** The page on a 390 px wide viewport is no wider than the screen (its wide tables scroll in their box). */
    private void fitsAPhone(WebDriver driver, String page) {
        fitsAPhone(driver, page, () -> {});
    }

    /** The same, after {@code then} (what the page shows once used). */
    private void fitsAPhone(WebDriver driver, String page, Runnable then) {
        ((org.openqa.selenium.chrome.ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        driver.get(base + page);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(45));
        ready(driver, wait);
        then.run();
        Browser.screenshot(driver, "phone-" + page.replaceAll("[^a-z]+", "-"));
        long width = ((Number)
                        ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;"))
                .longValue();
        assertTrue(width <= 390, page + " is " + width + " px wide on a 390 px screen");
    }

    private static void ready(WebDriver driver, WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!window.PrimeFaces;")));
    }

    private WebDriver signedIn(String username) {
        WebDriver browser = Browser.signedIn(base, username);
        browsers.add(browser);
        return browser;
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        return Scenario.json(r, status);
    }
}
