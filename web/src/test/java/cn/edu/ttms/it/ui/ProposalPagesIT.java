package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A school proposes a project in a real browser: "new project" on the project list, the plan of the
 * county above, the form (school level only), submission; then the county returns it with a reason,
 * which the principal reads on the project page and in the inbox, and edits the project again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalPagesIT {

    private static final String REASON = "请写明研修主题与每次活动的学时";

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
    void aPrincipalProposesReadsTheReturnReasonAndEditsAgain() throws Exception {
        HttpResponse<String> plan =
                Api.as(base, "linxiang").post("/api/v1/plans", "{\"year\":2053,\"name\":\"2053年临翔区校本研修计划\"}");
        assertEquals(201, plan.statusCode(), plan.body());

        browser = Browser.signedIn(base, "principal");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.findElement(By.id("nav-projects")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("newProject"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("openPlans")));
        assertTrue(browser.findElement(By.id("openPlans")).getText().contains("临翔区"), "the county's plans");
        Browser.screenshot(browser, "proposal-plans");
        browser.findElement(By.partialLinkText("2053年临翔区校本研修计划")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project:name")))
                .sendKeys("2053 校本研修：大单元教学设计");
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#project\\:level_input option"))
                        .size(),
                "a school proposes school level only");
        assertEquals(
                "校级",
                browser.findElement(By.id("project:level_label")).getText().strip());
        browser.findElement(By.id("project:creditRate")).sendKeys("0.8");
        browser.findElement(By.id("project:capacity")).sendKeys("30");
        // 合计 is derived from its parts as they are typed (issue 17 item 4), re-rendering the field
        browser.findElement(By.id("project:stages:0:daysLocal")).sendKeys("2", Keys.TAB);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("project:stages:0:daysTotal"), "value", "2"));
        browser.findElement(By.id("project:stages:0:trainees")).sendKeys("30");
        browser.findElement(By.id("project:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "草稿"));
        assertTrue(browser.findElement(By.id("facts")).getText().contains("临翔区第一完全小学"), "the school proposes it");
        assertTrue(browser.findElement(By.id("proposal")).getText().contains("临翔区第一完全小学"));
        browser.findElement(By.cssSelector(".step-SUBMIT")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "已申报"));
        assertTrue(browser.findElements(By.id("steps:edit")).isEmpty(), "submitted: no more editing");
        assertTrue(browser.findElements(By.cssSelector(".step-APPROVE")).isEmpty(), "nor approving one's own");

        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        HttpResponse<String> returned = Api.as(base, "linxiang")
                .post(
                        "/api/v1/projects/" + id + "/transitions",
                        Json.createObjectBuilder()
                                .add("action", "RETURN")
                                .add("reason", REASON)
                                .build()
                                .toString());
        assertEquals(200, returned.statusCode(), returned.body());

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "草稿"));
        assertEquals(REASON, browser.findElement(By.id("returnReason")).getText());
        String history = browser.findElement(By.id("history")).getText();
        assertTrue(history.contains("杨校长（临翔区第一完全小学）提交了申报"), history);
        assertTrue(history.contains("临翔区教育局 张丽退回了申报"), history);
        assertTrue(history.contains("退回原因：（空） → " + REASON), "the return is in the history: " + history);
        assertTrue(history.contains("状态：已申报 → 草稿"), history);
        assertFalse(history.contains("{") || history.contains("SUBMITTED"), "no raw JSON: " + history);
        Browser.screenshot(browser, "proposal-returned");

        browser.findElement(By.id("nav-inbox")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox:notifications"), REASON));
        browser.findElement(By.cssSelector(".open-project")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("steps:edit"))).click();
        var name = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project:name")));
        name.clear();
        name.sendKeys("2053 校本研修：大单元教学设计（每次 3 学时）");
        browser.findElement(By.id("project:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectName"), "每次 3 学时"));
        browser.findElement(By.cssSelector(".step-SUBMIT")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "已申报"));

        JsonObject project = Json.createReader(new StringReader(
                        Api.as(base, "linxiang").get("/api/v1/projects/" + id).body()))
                .readObject();
        assertEquals("SUBMITTED", project.getString("status"));
        assertTrue(!project.containsKey("returnReason"), "answered by the resubmission");
    }
}
