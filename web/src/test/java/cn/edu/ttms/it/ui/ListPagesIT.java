package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.it.TestDatabase;
import cn.edu.ttms.it.api.ResultScenario;
import cn.edu.ttms.it.api.Scenario;
import jakarta.json.Json;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17, item 7 (lists) in a real browser: 达标统计 paged, a column per requirement and rolled up by
 * school, the roll-up agreeing with the teachers' rows; a school nominating many teachers at once and
 * warned first of the one outside the project's audience; the project lead's 培训项目 menu leading to the
 * projects they lead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListPagesIT {

    private static final Pattern TEACHERS = Pattern.compile("(\\d+) 名教师，(\\d+) 名达标");
    private static final Pattern SHORTFALL = Pattern.compile("✓|差 \\d+(\\.\\d+)? (学时|学分)|差 \\d+(\\.\\d+)?%");

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theCountysComplianceIsPagedHasAColumnPerRequirementAndRollsUpBySchool() {
        WebDriver browser = signedIn("linxiang");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(base + "app/results/compliance.xhtml");
        String summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complianceSummary")))
                .getText();
        Matcher m = TEACHERS.matcher(summary);
        assertTrue(m.find(), summary);
        int teachers = Integer.parseInt(m.group(1));
        int compliant = Integer.parseInt(m.group(2));
        assertTrue(teachers > 20, "临翔区 has more teachers than a page: " + summary);

        // paged: a paginator, one page of 20 rows, the total in its report
        assertEquals(
                1,
                browser.findElements(By.cssSelector("[id='complianceForm:standings'] .ui-paginator"))
                        .size());
        assertEquals(20, rows(browser, "complianceForm:standings").size());
        assertTrue(text(browser, "[id='complianceForm:standings'] .ui-paginator-current")
                .contains("共 " + teachers + " 名"));

        // a column per requirement row, each cell ✓ or the shortfall as a figure
        List<String> headers = headers(browser, "complianceForm:standings");
        assertTrue(headers.contains("总学时") && headers.contains("总学分"), headers.toString());
        assertTrue(headers.stream().anyMatch(h -> h.endsWith(" 学分") && !h.equals("总学分")), "module columns: " + headers);
        int hoursColumn = headers.indexOf("总学时");
        for (WebElement tr : rows(browser, "complianceForm:standings")) {
            for (WebElement td : tr.findElements(By.cssSelector("td.col-requirement"))) {
                assertTrue(SHORTFALL.matcher(value(td)).matches(), "a compact cell: " + value(td));
            }
        }
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelector(\"[id='complianceForm:standings'] .ui-paginator\")"
                        + ".scrollIntoView({block: 'end'})");
        Browser.screenshot(browser, "compliance-paged");

        // rolled up by school: the schools add up to the county
        browser.findElement(By.id("complianceForm:showSchools")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complianceForm:schools")));
        List<String> schoolHeaders = headers(browser, "complianceForm:schools");
        int failingHours = schoolHeaders.indexOf("总学时");
        assertTrue(failingHours > 0, schoolHeaders.toString());
        int sumTeachers = 0;
        int sumCompliant = 0;
        List<WebElement> schools = rows(browser, "complianceForm:schools");
        for (WebElement tr : schools) {
            sumTeachers += Integer.parseInt(value(tr.findElement(By.cssSelector("td.school-teachers"))));
            sumCompliant += Integer.parseInt(value(tr.findElement(By.cssSelector("td.school-compliant"))));
        }
        assertEquals(teachers, sumTeachers, "the schools' teachers add up to the county's");
        assertEquals(compliant, sumCompliant, "and so do the compliant");
        Browser.screenshot(browser, "compliance-by-school");

        // the largest school: its figures agree with its teachers' rows
        WebElement largest = schools.get(0);
        for (WebElement tr : schools) {
            if (count(tr, "td.school-teachers") > count(largest, "td.school-teachers")) {
                largest = tr;
            }
        }
        List<WebElement> cells = largest.findElements(By.tagName("td"));
        String school = value(cells.get(0));
        int schoolTeachers = count(largest, "td.school-teachers");
        int schoolCompliant = count(largest, "td.school-compliant");
        String hoursFailing = value(cells.get(failingHours));
        int schoolFailingHours = hoursFailing.equals("–") ? 0 : Integer.parseInt(hoursFailing);
        largest.findElement(By.cssSelector("a.school-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complianceForm:schoolShown"), school));
        if (schoolTeachers > 20) {
            new Select(browser.findElement(
                            By.cssSelector("[id='complianceForm:standings'] select.ui-paginator-rpp-options")))
                    .selectByValue("100");
        }
        wait.until(d -> rows(d, "complianceForm:standings").size() == Math.min(schoolTeachers, 100));
        List<WebElement> listed = rows(browser, "complianceForm:standings");
        int met = 0;
        int shortOfHours = 0;
        for (WebElement tr : listed) {
            List<WebElement> tds = tr.findElements(By.tagName("td"));
            assertEquals(school, value(tds.get(1)), "only the school's teachers");
            if (value(tds.get(2)).equals("✓")) {
                met++;
            }
            if (!value(tds.get(hoursColumn)).equals("✓")) {
                shortOfHours++;
            }
        }
        if (schoolTeachers <= 100) {
            assertEquals(schoolCompliant, met, "compliant in the roll-up = ✓ rows of " + school);
            assertEquals(schoolFailingHours, shortOfHours, "short of hours in the roll-up = rows short of hours");
        }
    }

    @Test
    void aSchoolNominatesManyTeachersAtOnceWarnedOfTheOneOutsideTheAudience() throws Exception {
        Scenario scenario = new Scenario(base);
        String schoolName = cn.edu.ttms.it.api.Scenario.json(
                        cn.edu.ttms.it.api.Api.as(base, "principal").get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getString("name");
        String subject = "书法" + (System.nanoTime() % 100_000);
        scenario.freshTeachers(
                List.of(schoolName),
                4,
                System.nanoTime(),
                subject,
                List.of(SchoolStage.PRIMARY, SchoolStage.PRIMARY, SchoolStage.PRIMARY, SchoolStage.JUNIOR_SECONDARY));
        String outsider = outsider(subject);
        long plan = scenario.cityPlan(2006);
        long project = scenario.create(
                Scenario.project(plan, "批量选派测试项目" + subject, 3, "DIRECTIVE", "2026-12-21", "2026-12-23")
                        .add("audienceStages", Json.createArrayBuilder().add("PRIMARY"))
                        .add("audienceSubjects", Json.createArrayBuilder().add(subject)),
                true);

        WebDriver browser = signedIn("principal");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        browser.get(base + "app/projects/view.xhtml?id=" + project);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nominate:nominateMany")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audience"), subject));
        browser.findElement(By.id("nominateForm:subject")).sendKeys(subject);
        browser.findElement(By.id("nominateForm:filter")).click();
        wait.until(d -> rows(d, "nominateForm:teachers").size() == 4);
        assertEquals(
                1,
                rows(browser, "nominateForm:teachers").stream()
                        .filter(tr -> !value(tr.findElement(By.cssSelector("td.col-fit")))
                                .equals("✓"))
                        .count(),
                "one teacher outside the audience, flagged in the list");

        // choose all four and nominate: the outsider is named first
        browser.findElement(By.cssSelector("[id='nominateForm:teachers'] thead .ui-chkbox-box"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nominateForm:chosenCount"), "已选 4 名"));
        browser.findElement(By.id("nominateForm:check")).click();
        WebElement warning =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nominateForm:outsideBox")));
        List<WebElement> named = warning.findElements(By.cssSelector("li.outside-teacher"));
        assertEquals(1, named.size(), warning.getText());
        assertTrue(named.get(0).getText().contains(outsider), named.get(0).getText());
        assertTrue(named.get(0).getText().contains("学段为初中"), named.get(0).getText());
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "bulk-nomination");

        // go ahead: three places, four nominees — three enrolled, one refused with the reason
        browser.findElement(By.id("nominateForm:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已选派 3 名，1 名未能选派"));
        List<WebElement> outcomes = rows(browser, "outcomes");
        assertEquals(4, outcomes.size());
        assertEquals(
                3, outcomes.stream().filter(tr -> tr.getText().contains("已选派")).count());
        assertEquals(
                1, outcomes.stream().filter(tr -> tr.getText().contains("名额已满")).count());

        browser.get(base + "app/projects/view.xhtml?id=" + project);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster"), "已报名 3 / 3"));
    }

    @Test
    void theProjectLeadFindsTheProjectsTheyLeadUnder培训项目() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        Scenario scenario = new Scenario(base);
        String name = "牵头人项目测试" + (System.nanoTime() % 100_000);
        long plan = scenario.cityPlan(2006);
        long project = scenario.create(
                Scenario.project(plan, name, 5, "DIRECTIVE", "2026-12-28", "2026-12-30")
                        .add("hostId", rs.organisationOf("lead"))
                        .add("leadId", ResultScenario.accountId("lead")),
                true);

        WebDriver browser = signedIn("lead");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-projects")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalogue:projects")));
        browser.findElement(By.id("catalogue:q")).sendKeys(name);
        browser.findElement(By.id("catalogue:search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogue:projects"), name));
        browser.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectName"), name));
        assertTrue(browser.getCurrentUrl().contains("id=" + project), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.id("edit")).isEmpty(), "read-only for the lead");
    }

    /** The one teacher of the subject who teaches in a junior secondary school. */
    private static String outsider(String subject) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT name FROM teacher WHERE subject = ? AND stage = 'JUNIOR_SECONDARY'")) {
            s.setString(1, subject);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the junior teacher of " + subject);
                return r.getString(1);
            }
        }
    }

    private static List<WebElement> rows(WebDriver browser, String table) {
        return browser.findElements(By.cssSelector("tbody[id='" + table + "_data'] > tr[data-ri]"));
    }

    private static List<String> headers(WebDriver browser, String table) {
        return browser.findElements(By.cssSelector("[id='" + table + "'] thead th")).stream()
                .map(th -> th.getAttribute("textContent").strip())
                .toList();
    }

    private static int count(WebElement tr, String css) {
        return Integer.parseInt(value(tr.findElement(By.cssSelector(css))));
    }

    private static String text(WebDriver browser, String css) {
        return value(browser.findElement(By.cssSelector(css)));
    }

    /** What a cell shows, without the label reflow adds on phones. */
    private static String value(WebElement e) {
        WebElement own = e.findElements(By.cssSelector(".ui-column-title")).isEmpty() ? null : e;
        String text = e.getAttribute("textContent").strip();
        if (own != null) {
            String title = e.findElement(By.cssSelector(".ui-column-title"))
                    .getAttribute("textContent")
                    .strip();
            if (text.startsWith(title)) {
                text = text.substring(title.length()).strip();
            }
        }
        return text;
    }

    private WebDriver signedIn(String username) {
        WebDriver browser = Browser.signedIn(base, username);
        browsers.add(browser);
        return browser;
    }
}
