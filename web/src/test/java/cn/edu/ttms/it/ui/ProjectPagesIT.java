package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The project pages in a real browser: find a project in the list, read its page with its
 * warnings, edit its terms (a rate out of range is refused with the range; modules added), see the
 * change in its history, and submit it with the step button.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectPagesIT {

    private static final String PLAN = "序号\t申报单位\t项目类别\t项目名称\t培训形式\t培训对象\t培训天数\t\t\t培训人数\t承办单位\n"
            + "\t\t\t\t\t\t异地\t本地\t合计\t\t\n"
            + "1\t临沧市教师发展中心\t名师培养\t临沧市物理骨干教师实验教学研修(T301)\t本地集中\t全市初中物理教师\t\t5\t5\t40\t临沧市教师发展中心\n";

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void findReadEditAndSubmitAProject() throws Exception {
        HttpResponse<String> imported = Api.as(base, "city")
                .upload(
                        "/api/v1/plans/import?dryRun=false&year=2011",
                        "plan.txt",
                        PLAN.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.statusCode(), imported.body());

        browser = Browser.signedIn(base, "city");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.findElement(By.id("nav-projects")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalogue:q")))
                .sendKeys("T301");
        browser.findElement(By.id("catalogue:search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogue:projects"), "物理骨干"));
        Browser.screenshot(browser, "projects");
        browser.findElement(By.linkText("临沧市物理骨干教师实验教学研修")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "草稿"));
        assertEquals("30", browser.findElement(By.id("hours")).getText(), "5 days × 6 h, without a trailing .0");
        assertTrue(browser.findElement(By.id("warnings")).getText().contains("尚未设定项目学分"));
        browser.findElement(By.id("steps:edit")).click();

        WebElement rate = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project:creditRate")));
        rate.clear();
        rate.sendKeys("5");
        browser.findElement(By.id("project:addModule")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project:modules:0:hours")))
                .sendKeys("30");
        browser.findElement(By.id("project:advisers")).sendKeys("赵强");
        browser.findElement(By.id("project:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "1–2"));
        Browser.screenshot(browser, "project-edit-refused");

        rate = browser.findElement(By.id("project:creditRate"));
        rate.clear();
        rate.sendKeys("1.3");
        browser.findElement(By.id("project:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("creditRate"), "1.3"));
        assertTrue(browser.findElement(By.id("modules")).getText().contains("30"), "the module saved");
        String history = browser.findElement(By.id("history")).getText();
        assertTrue(history.contains("临沧市教育局 王芳修改了项目信息"), history);
        assertTrue(history.contains("项目学分（学分/学时）：（空） → 1.3"), "the change audited by its label: " + history);
        assertFalse(history.contains("{") || history.contains("creditRate"), "no raw JSON: " + history);
        Browser.screenshot(browser, "project");

        browser.findElement(By.cssSelector(".step-SUBMIT")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "已申报"));

        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String status = Json.createReader(new StringReader(
                        Api.as(base, "city").get("/api/v1/projects/" + id).body()))
                .readObject()
                .getString("status");
        assertEquals("SUBMITTED", status);
    }
}
