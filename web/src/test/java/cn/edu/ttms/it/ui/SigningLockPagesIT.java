package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import cn.edu.ttms.it.api.ResultScenario;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14, finding 3, on the pages: after five wrong signing PINs (typed over the API) the lead's
 * 签名证书 page says how many and until when signing is locked; the administrator's 审计日志 shows
 * the lead among the locked signers and the wrong PINs in the trail, and clears the lock with a
 * button, after which the lead's page shows no wrong PINs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SigningLockPagesIT {

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        browsers.forEach(WebDriver::quit);
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("DELETE FROM signing_pin_lock WHERE account_id = ?")) {
            s.setLong(1, ResultScenario.accountId("lead"));
            s.executeUpdate();
        }
    }

    @Test
    void theSignerSeesTheLockAndTheAdministratorSeesAndClearsIt() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead");
        long plan = rs.plan("city", 2036);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                                plan, "签名锁定页面测试班", "MUNICIPAL", "DIRECTIVE", "1.2", 3, "2036-06-09", "2036-06-11")
                        .add("modules", ResultScenario.modules("ETHICS", "6", "COMPETENCE", "12"))));
        rs.nominate("city", project, rs.linxiangTeachers(List.of("临翔区南美乡民族学校"), 1, 20360002L));
        rs.start("city", project);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        for (int i = 1; i <= 5; i++) {
            rs.trySign("lead", batch, "page-wrong-" + i);
        }
        assertEquals(429, rs.trySign("lead", batch, ResultScenario.PIN).statusCode(), "locked");

        WebDriver lead = signedIn("lead");
        WebDriverWait leadWait = new WebDriverWait(lead, Duration.ofSeconds(45));
        lead.get(base + "app/me/signing.xhtml");
        leadWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signingLockedUntil")));
        assertTrue(
                lead.findElement(By.id("pinFailures")).getText().contains("5 次"),
                lead.findElement(By.id("pinFailures")).getText());
        assertTrue(
                lead.findElement(By.id("signingLockedUntil")).getText().contains("签名已锁定至"),
                lead.findElement(By.id("signingLockedUntil")).getText());

        WebDriver admin = signedIn("admin");
        WebDriverWait wait = new WebDriverWait(admin, Duration.ofSeconds(45));
        admin.get(base + "app/audit/list.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signingLocks:locks")));
        WebElement row = leadRow(admin);
        assertTrue(row.getText().contains("5"), row.getText());
        String trail = admin.findElement(By.id("audit:entries")).getText();
        assertTrue(trail.contains("临沧市教师发展中心 周敏输错了签名口令"), "the wrong PINs are in the trail: " + trail);
        assertFalse(trail.contains("{\""), "sentences, not raw JSON: " + trail);
        assertTrue(trail.contains("签名口令错误，连续第 5 次，签名锁定至"), "the note in Chinese: " + trail);
        assertFalse(trail.contains("wrong signing PIN"), "no English note: " + trail);
        row.findElement(By.cssSelector("button[id$='clearLock']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signingLocks:lockMessages"), "lead"));
        assertTrue(
                admin.findElements(By.xpath("//*[@id='signingLocks:locks']//tr[contains(., '(lead)')]"))
                        .isEmpty(),
                "the lead is no longer listed");
        assertTrue(
                admin.findElement(By.id("audit:entries")).getText().contains("解除了签名锁定"),
                "the clearing is in the trail");
        assertTrue(
                admin.findElement(By.id("audit:entries")).getText().contains("解除了签名锁定（此前连续 5 次签名口令错误"),
                "the clearing's note in Chinese");
        assertTrue(
                admin.findElement(By.id("audit:entries")).getText().contains("周敏"), "the lead by name, not login name");

        lead.get(base + "app/me/signing.xhtml");
        leadWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pinFailures"), "没有输错"));
        assertTrue(lead.findElements(By.id("signingLockedUntil")).isEmpty());
    }

    private static WebElement leadRow(WebDriver admin) {
        List<WebElement> rows =
                admin.findElements(By.xpath("//*[@id='signingLocks:locks']//tr[contains(., '(lead)')]"));
        assertEquals(
                1, rows.size(), admin.findElement(By.id("signingLocks:locks")).getText());
        return rows.get(0);
    }

    private WebDriver signedIn(String username) {
        WebDriver browser = Browser.signedIn(base, username);
        browsers.add(browser);
        return browser;
    }
}
