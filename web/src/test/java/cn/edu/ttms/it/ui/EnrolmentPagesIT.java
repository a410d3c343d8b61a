package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * The enrolment pages in a real browser: the city nominates a 临翔区 teacher from the project page
 * through the teacher search and sees them on the roster (then takes them out again); a teacher
 * applies to a self-selected project from 可报名项目, 临翔区 approves it in 报名审核, and the teacher
 * sees the application enrolled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentPagesIT {

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theCityNominatesACountyTeacherFromTheProjectPage() throws Exception {
        long planId = plan(2006);
        String name = "选派页面测试项目";
        long id = project(planId, name, 5, "DIRECTIVE", "2026-12-07", "2026-12-09");
        JsonObject someone = aLinxiangTeacher();
        String teacher = someone.getString("name");
        String suffix = "…" + someone.getString("idSuffix");

        WebDriver browser = signedIn("city");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        browser.get(base + "app/projects/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "报名中"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster"), "已报名 0 / 5"));

        browser.findElement(By.id("nominate:teacher_input")).sendKeys(teacher);
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + suffix + "')]")))
                .click();
        assertTrue(
                browser.findElement(By.id("nominate:teacher_input"))
                        .getAttribute("value")
                        .contains(suffix),
                "the suggestion chosen: name · school · …suffix");
        browser.findElement(By.id("nominate:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已选派 " + teacher));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster"), "已报名 1 / 5"));
        assertTrue(browser.findElement(By.id("roster:trainees")).getText().contains(teacher));
        assertTrue(browser.findElement(By.id("roster:trainees")).getText().contains("选派"), "the channel");
        scrollTo(browser, "rosterSection");
        Browser.screenshot(browser, "project-roster");

        JsonObject roster = json(Api.as(base, "city").get("/api/v1/projects/" + id + "/roster"), 200);
        assertEquals(1, roster.getInt("total"));
        assertEquals(
                someone.getInt("id"),
                roster.getJsonArray("items").getJsonObject(0).getInt("teacherId"));

        // the second nomination of the same teacher is refused with the rule's own words
        browser.findElement(By.id("nominate:teacher_input")).sendKeys(teacher);
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + suffix + "')]")))
                .click();
        browser.findElement(By.id("nominate:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "不能重复报名"));

        browser.findElement(By.cssSelector("#roster\\:trainees .withdraw-button"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roster:withdrawReason")))
                .sendKeys("工作调动");
        browser.findElement(By.id("roster:confirmWithdraw")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster"), "已报名 0 / 5"));
        assertEquals(
                0,
                json(Api.as(base, "city").get("/api/v1/projects/" + id + "/roster"), 200)
                        .getInt("total"));
    }

    @Test
    void aTeacherAppliesTheCountyApprovesAndTheTeacherIsEnrolled() throws Exception {
        long planId = plan(2007);
        String name = "自主选学页面测试项目";
        project(planId, name, 5, "SELF_SELECTED", "2026-12-14", "2026-12-16");

        WebDriver teacher = signedIn("teacher");
        WebDriverWait wait = new WebDriverWait(teacher, Duration.ofSeconds(45));
        teacher.findElement(By.id("nav-catalogue")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open:projects"), name));
        row(teacher, "open:projects", name)
                .findElement(By.cssSelector(".apply-button"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "请等待审核"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine:enrolments"), name));
        assertTrue(row(teacher, "mine:enrolments", name).getText().contains("待审核"));
        assertTrue(row(teacher, "open:projects", name).getText().contains("待审核"), "no second application");
        assertTrue(
                row(teacher, "open:projects", name).getText().contains("剩余 5 个名额（共 5）"),
                "places said in words; an application takes none until approved: "
                        + row(teacher, "open:projects", name).getText());
        Browser.screenshot(teacher, "catalogue");

        WebDriver county = signedIn("linxiang");
        WebDriverWait countyWait = new WebDriverWait(county, Duration.ofSeconds(45));
        county.findElement(By.id("nav-pending")).click();
        countyWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pending:applications"), name));
        Browser.screenshot(county, "enrolment-pending");
        row(county, "pending:applications", name)
                .findElement(By.cssSelector(".approve-button"))
                .click();
        countyWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已同意"));
        countyWait.until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("pending:applications"), name)));

        teacher.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine:enrolments"), name));
        assertTrue(row(teacher, "mine:enrolments", name).getText().contains("已报名"));
        assertFalse(row(teacher, "mine:enrolments", name).getText().contains("待审核"));
        Browser.screenshot(teacher, "my-enrolments");
    }

    /**
     * A demo teacher of 临翔区 (the first of the registry), or the next one if the city has so many
     * namesakes that the ten suggestions might not show this one.
     */
    private JsonObject aLinxiangTeacher() throws Exception {
        for (JsonValue v : json(Api.as(base, "linxiang").get("/api/v1/teachers?size=20"), 200)
                .getJsonArray("items")) {
            JsonObject t = v.asJsonObject();
            String q = URLEncoder.encode(t.getString("name"), StandardCharsets.UTF_8);
            if (json(Api.as(base, "city").get("/api/v1/teachers?size=1&q=" + q), 200)
                            .getInt("total")
                    <= 10) {
                return t;
            }
        }
        throw new IllegalStateException("every teacher of 临翔区 has more than ten namesakes");
    }

    /** The row of a table that names {@code text}. */
    private static WebElement row(WebDriver browser, String table, String text) {
        return browser.findElement(By.xpath("//tbody[@id='" + table + "_data']/tr[contains(., '" + text + "')]"));
    }

    private static void scrollTo(WebDriver browser, String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private WebDriver signedIn(String username) {
        WebDriver browser = Browser.signedIn(base, username);
        browsers.add(browser);
        return browser;
    }

    private long plan(int year) throws Exception {
        return new cn.edu.ttms.it.api.Scenario(base).cityPlan(year);
    }

    /** A municipal project of the city, taken through the life cycle to ENROLLING. */
    private long project(long planId, String name, int capacity, String selection, String from, String to)
            throws Exception {
        return new cn.edu.ttms.it.api.Scenario(base)
                .create(cn.edu.ttms.it.api.Scenario.project(planId, name, capacity, selection, from, to), true);
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        return cn.edu.ttms.it.api.Scenario.json(r, status);
    }
}
