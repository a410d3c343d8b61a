package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import cn.edu.ttms.it.api.ResultScenario;
import cn.edu.ttms.it.api.Scenario;
import cn.edu.ttms.it.api.WebSession;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17 item 3, the rest: a history names the records its fields point at (the plan, the lead, the host) rather
 * than their ids, the audit page finds a person by their name, and the notes the services write (an export) read in
 * the reader's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryPagesIT {

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
    void aProjectsHistoryNamesItsPlanLeadAndHost() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        Scenario scenario = new Scenario(base);
        String name = "变更记录测试" + (System.nanoTime() % 100_000);
        long plan = scenario.cityPlan(2006);
        long lead = ResultScenario.accountId("lead");
        long project = scenario.create(
                Scenario.project(plan, name, 5, "DIRECTIVE", "2026-12-28", "2026-12-30")
                        .add("hostId", rs.organisationOf("lead"))
                        .add("leadId", lead),
                true);

        browser = Browser.signedIn(base, "city");
        browser.manage().window().setSize(new Dimension(1440, 1000));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        browser.get(base + "app/projects/view.xhtml?id=" + project);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectName"), name));
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        String history = table.getText();
        assertTrue(history.contains("所属计划：" + planName(plan)), "the plan by its name: " + history);
        assertTrue(history.contains("项目负责人：临沧市教师发展中心 周敏"), "the lead by their name: " + history);
        assertTrue(history.contains("承办机构：临沧市教师发展中心"), "the host by its name: " + history);
        assertTrue(history.contains("在发布时间窗口之外发布，理由：测试"), "the note in Chinese: " + history);
        assertFalse(
                Pattern.compile("(所属计划|项目负责人|承办机构|申报单位)：\\d+$", Pattern.MULTILINE)
                        .matcher(history)
                        .find(),
                "no bare ids of linked records: " + history);
        assertFalse(history.contains("published outside"), history);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", table);
        Browser.screenshot(browser, "history-readable");
    }

    @Test
    void theAuditFindsAPersonByNameAndReadsTheirExportInTheReadersLanguage() throws Exception {
        WebSession linxiang = WebSession.signIn(base, "linxiang"); // 临翔区教育局 张丽
        assertEquals(200, linxiang.download("/app/teachers/export.xlsx").statusCode());

        browser = Browser.signedIn(base, "city");
        browser.manage().window().setSize(new Dimension(1440, 1000));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        wait.ignoring(StaleElementReferenceException.class); // the table is replaced as the search answers
        browser.get(base + "app/audit/list.xhtml");
        WebElement actor = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit:actor")));
        actor.sendKeys("张丽"); // part of the display name, not the login name
        browser.findElement(By.id("audit:search")).click();
        Pattern exported = Pattern.compile("导出了 \\d+ 名教师的信息（Excel 表格）");
        wait.until(d -> exported.matcher(entries(d)).find());
        String zh = entries(browser);
        assertFalse(zh.contains("王芳"), "only 张丽's entries: " + zh);
        assertFalse(zh.contains("teachers exported"), "no English note: " + zh);
        assertFalse(zh.contains("说明：xlsx"), "each exported teacher's note in words too: " + zh);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("audit:search"))); // the search has answered
        Browser.screenshot(browser, "audit-readable");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("lang-en"), "class", "active"));
        browser.findElement(By.id("audit:actor")).clear();
        browser.findElement(By.id("audit:actor")).sendKeys("临翔区教育局"); // the unit's name finds its people
        browser.findElement(By.id("audit:search")).click();
        Pattern english = Pattern.compile("Exported \\d+ teachers \\(Excel\\)");
        wait.until(d -> english.matcher(entries(d)).find());
        assertFalse(entries(browser).contains("导出了"), entries(browser));
        browser.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("lang-zh"), "class", "active"));
    }

    private static String entries(WebDriver d) {
        return d.findElement(By.id("audit:entries")).getText();
    }

    private static String planName(long plan) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT name FROM annual_plan WHERE id = ?")) {
            s.setLong(1, plan);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the plan " + plan);
                return r.getString(1);
            }
        }
    }
}
