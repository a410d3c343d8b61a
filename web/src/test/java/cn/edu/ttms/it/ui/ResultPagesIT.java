package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import cn.edu.ttms.it.api.ResultScenario;
import java.net.URL;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole sign-off chain in a real browser with the demo accounts (issue "Results…", tests): the lead
 * enters hours and scores in the grid and signs 确认 with the signing PIN; the city's reviewer returns
 * the batch with a reason; the lead corrects a score and signs the new revision; the reviewer
 * countersigns 审核通过 (after verifying), the province recognises 认定; the teacher sees the credits
 * as recognised in 我的培训档案. The class is set up over the API (a fresh project, the demo teacher
 * among its trainees); everything the issue lists as a step happens on the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultPagesIT {

    private static final String PIN = "ui-pin-482613";

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void enterSignReturnCorrectResignCountersignRecogniseAndTheTeacherSeesTheCredits() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long teacherId = ResultScenario.json(Api.as(base, "teacher").get("/api/v1/me"), 200)
                .getJsonNumber("teacherId")
                .longValue();
        long plan = rs.plan("city", 2037);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                                plan, "页面签名测试班", "MUNICIPAL", "DIRECTIVE", "1.2", 3, "2037-05-12", "2037-05-14")
                        .add("modules", ResultScenario.modules("ETHICS", "6", "COMPETENCE", "12"))));
        List<Long> trainees = new ArrayList<>(rs.linxiangTeachers(List.of("临翔区博尚镇中心完小"), 1, 20370001L));
        trainees.add(teacherId);
        rs.nominate("city", project, trainees);
        rs.start("city", project);

        // the lead sets a signing PIN on 签名证书
        WebDriver lead = signedIn("lead");
        WebDriverWait wait = new WebDriverWait(lead, Duration.ofSeconds(45));
        lead.get(base + "app/me/signing.xhtml");
        lead.findElement(By.id("pinForm:newPin")).sendKeys(PIN);
        lead.findElement(By.id("pinForm:repeatPin")).sendKeys(PIN);
        lead.findElement(By.id("pinForm:enrolPin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateSubject")));
        assertTrue(lead.findElement(By.id("certificateSubject")).getText().contains("lead"));

        // enters both trainees' scores in the grid and saves: the policy's figures appear
        lead.manage().window().setSize(new Dimension(1440, 900));
        lead.get(base + "app/results/batch.xhtml?project=" + project);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batchStatus"), "录入中"));
        String firstTrainee = lead.findElement(By.cssSelector("tr[data-ri='0'] .trainee-name"))
                .getText();

        // a score that is not a number is named with its row and trainee and stays in its cell, also on save
        editScore(lead, wait, 0, "8x5");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "第 1 行"));
        String said = lead.findElement(By.id("pageMessages")).getText();
        assertTrue(said.contains(firstTrainee) && said.contains("8x5") && said.contains("成绩"), said);
        lead.findElement(By.id("batchForm:saveResults")).click();
        ajaxDone(wait);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "8x5"));
        assertEquals(
                "8x5",
                lead.findElement(By.id("batchForm:grid:0:scoreText")).getText(),
                "the value is kept, not dropped");
        // out of range: the policy's refusal, with the trainee's name
        editScore(lead, wait, 0, "150");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "“150”无效"));
        assertTrue(lead.findElement(By.id("pageMessages")).getText().contains(firstTrainee));

        // the credits are worked out as the row is edited, before any save
        for (int i = 0; i < 2; i++) {
            editScore(lead, wait, i, "85");
            wait.until(ExpectedConditions.textToBe(By.cssSelector("tr[data-ri='" + i + "'] .result-credits"), "25.92"));
        }
        assertTrue(
                lead.findElement(By.cssSelector("tr[data-ri='0'] .result-credits"))
                        .getAttribute("class")
                        .contains("ttms-previewed"),
                "shown as not saved yet");
        assertTrue(
                lead.findElement(By.cssSelector("tr[data-ri='0'] .result-policy"))
                        .getText()
                        .startsWith("v"),
                "the policy version the save would record");
        lead.findElement(By.id("batchForm:saveResults")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已保存"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr[data-ri='0'] .result-credits"), "25.92"));
        assertFalse(lead.findElement(By.cssSelector("tr[data-ri='0'] .result-credits"))
                .getAttribute("class")
                .contains("ttms-previewed"));

        // at 1440 px the grid fits: no sideways scrolling, the policy version column in view
        JavascriptExecutor js = (JavascriptExecutor) lead;
        long pageWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long window = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        assertTrue(pageWidth <= window, "the page is " + pageWidth + " px wide in a " + window + " px window");
        WebElement wrapper = lead.findElement(By.cssSelector("#batchForm\\:grid .ui-datatable-tablewrapper"));
        assertTrue(
                (Boolean) js.executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth;", wrapper),
                "the grid does not scroll sideways at 1440 px");
        WebElement policyHeader = lead.findElement(By.cssSelector("#batchForm\\:grid th.col-policy-version"));
        assertTrue(policyHeader.isDisplayed() && policyHeader.getText().contains("政策"), policyHeader.getText());
        double right = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().right;", policyHeader))
                .doubleValue();
        assertTrue(right <= window, "the policy version column is in view: " + right);
        assertTrue(
                lead.findElement(By.cssSelector("tr[data-ri='0'] .result-modules"))
                        .getText()
                        .contains("8.64"),
                "ETHICS 8.64 of 25.92");
        Browser.screenshot(lead, "results-grid");

        sign(lead, wait, "项目负责人已确认");

        // the reviewer returns it with a reason
        WebDriver reviewer = signedIn("cityreviewer");
        WebDriverWait rwait = new WebDriverWait(reviewer, Duration.ofSeconds(45));
        enrolPin(reviewer, rwait);
        String batchUrl = lead.getCurrentUrl();
        reviewer.get(batchUrl);
        rwait.until(ExpectedConditions.elementToBeClickable(By.id("actionsForm:returnButton")))
                .click();
        rwait.until(ExpectedConditions.visibilityOfElementLocated(By.id("returnForm:returnReason")))
                .sendKeys("第1行成绩与考勤记录不符，请核对");
        reviewer.findElement(By.id("returnForm:confirmReturn")).click();
        rwait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batchStatus"), "已退回修改"));
        assertTrue(reviewer.findElement(By.id("batchRevision")).getText().contains("2"));

        // the lead sees the reason, corrects the first score and signs revision 2
        lead.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("returnReasonText"), "考勤记录不符"));
        editScore(lead, wait, 0, "92");
        lead.findElement(By.id("batchForm:saveResults")).click();
        // 18 h × 1.2 × 1.25: whole credits are shown plainly, 27, not 27.00
        wait.until(ExpectedConditions.textToBe(By.cssSelector("tr[data-ri='0'] .result-credits"), "27"));
        sign(lead, wait, "项目负责人已确认");

        // the reviewer verifies and countersigns 审核通过
        reviewer.navigate().refresh();
        rwait.until(ExpectedConditions.elementToBeClickable(By.id("actionsForm:verifyButton")))
                .click();
        rwait.until(ExpectedConditions.attributeToBe(By.id("verificationStatus"), "data-status", "VALID"));
        sign(reviewer, rwait, "已审核");

        // the province recognises 认定
        WebDriver province = signedIn("province");
        WebDriverWait pwait = new WebDriverWait(province, Duration.ofSeconds(45));
        enrolPin(province, pwait);
        province.get(batchUrl);
        sign(province, pwait, "已认定");
        scrollTo(province, "signatures");
        String history = province.findElement(By.id("signatures")).getText();
        assertTrue(history.contains("审核通过") && history.contains("认定"), history);
        var verified = rs.verification("city", Long.parseLong(batchUrl.replaceAll(".*[?&]id=(\\d+).*", "$1")));
        assertEquals("VALID", verified.getString("status"));
        assertEquals(4, verified.getJsonArray("signatures").size(), "two confirmations, an approval, a recognition");
        Browser.screenshot(province, "results-recognised");

        // the teacher sees the recognised credits in the archive
        WebDriver teacher = signedIn("teacher");
        WebDriverWait twait = new WebDriverWait(teacher, Duration.ofSeconds(45));
        teacher.get(base + "app/me/archive.xhtml");
        twait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("archiveEntries"), "页面签名测试班"));
        WebElement row = teacher.findElement(By.xpath("//*[@id='archiveEntries']//tr[contains(., '页面签名测试班')]"));
        assertTrue(row.getText().contains("25.92") && row.getText().contains("已认定"), row.getText());
        assertEquals(
                "18", row.findElement(By.cssSelector("td.col-hours")).getText(), "3 days × 6 h, without a trailing .0");
        Browser.screenshot(teacher, "teacher-archive");
    }

    private void editScore(WebDriver browser, WebDriverWait wait, int row, String score) {
        ajaxDone(wait);
        WebElement shown =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batchForm:grid:" + row + ":scoreText")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", shown);
        shown.findElement(By.xpath("ancestor::td[1]")).click();
        WebElement input =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batchForm:grid:" + row + ":score")));
        input.clear();
        input.sendKeys(score, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("batchForm:grid:" + row + ":scoreText"), score));
        ajaxDone(wait);
    }

    /** Waits until PrimeFaces has no request in flight (a cell edit previews the row's figures). */
    private static void ajaxDone(WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private void sign(WebDriver browser, WebDriverWait wait, String statusAfter) {
        ajaxDone(wait);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("actionsForm:signButton")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signForm:pinInput")))
                .sendKeys(PIN);
        browser.findElement(By.id("signForm:confirmSign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batchStatus"), statusAfter));
    }

    private void enrolPin(WebDriver browser, WebDriverWait wait) {
        browser.get(base + "app/me/signing.xhtml");
        browser.findElement(By.id("pinForm:newPin")).sendKeys(PIN);
        browser.findElement(By.id("pinForm:repeatPin")).sendKeys(PIN);
        browser.findElement(By.id("pinForm:enrolPin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateSubject")));
    }

    private static void scrollTo(WebDriver browser, String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private WebDriver signedIn(String username) {
        WebDriver browser = Browser.signedIn(base, username);
        browsers.add(browser);
        return browser;
    }
}
