package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 教师账号 page: the county's staff pick a school, see how many of its teachers have no account,
 * open them with one click (and a confirmation), and find the school's account sheet with a download
 * button; the download (a form post) fetches it, after which the row says by whom and when and its
 * button is disabled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeacherAccountsPageIT {

    @ArquillianResource
    URL base;

    @Test
    void staffOpenTheAccountsOfASchoolAndSeeItsSheet() throws Exception {
        long school = schoolId("临翔区南美乡民族学校");
        WebDriver browser = Browser.signedIn(base, "linxiang");
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
            browser.get(base + "app/home.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-teacherAccounts")));
            browser.get(base + "app/accounts/teacher-accounts.xhtml?unit=" + school);
            WebElement counts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("teacherCounts")));
            assertTrue(counts.getText().contains("还没有账号"), counts.getText());
            assertFalse(counts.getText().startsWith("本单位共有 0 名"), "the demo school has teachers without account");

            browser.findElement(By.id("teacherAccountsForm:openAccounts")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已开通"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("teacherCounts"), "本单位共有 0 名教师还没有账号"));
            WebElement table = browser.findElement(By.id("teacherAccountsForm:sheets"));
            assertTrue(table.getText().contains("临翔区南美乡民族学校"), table.getText());
            List<WebElement> buttons = table.findElements(By.cssSelector("button[id$='download']"));
            assertEquals(1, buttons.size());
            assertTrue(buttons.get(0).isEnabled());

            // the download is a form post (no link another site could make the browser follow)
            buttons.get(0).click();
            long deadline = System.currentTimeMillis() + 30_000;
            while (fetchedBy(school) == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals("linxiang", fetchedBy(school), "the page's download fetched the sheet");
            browser.findElement(By.id("teacherAccountsForm:refreshSheets")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("teacherAccountsForm:sheets"), "已由 linxiang"));
            assertFalse(
                    browser.findElement(By.id("teacherAccountsForm:sheets"))
                            .findElement(By.cssSelector("button[id$='download']"))
                            .isEnabled(),
                    "no second download");

            // a lost sheet: reissued after a confirmation, a new sheet to download appears
            browser.findElement(By.cssSelector("button[id$='reissue']")).click();
            WebElement dialog =
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            assertTrue(dialog.getText().contains("立即失效"), dialog.getText());
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已补发"));
            List<WebElement> downloads = browser.findElement(By.id("teacherAccountsForm:sheets"))
                    .findElements(By.cssSelector("button[id$='download']"));
            assertEquals(2, downloads.size());
            assertEquals(
                    1,
                    downloads.stream().filter(WebElement::isEnabled).count(),
                    "the new sheet waits for its download");
            assertTrue(
                    Browser.policyViolations(browser).isEmpty(),
                    Browser.policyViolations(browser).toString());
        } finally {
            browser.quit();
        }
    }

    @Test
    void aTeacherDoesNotReachThePage() {
        WebDriver browser = Browser.signedIn(base, "teacher");
        try {
            browser.get(base + "app/accounts/teacher-accounts.xhtml");
            assertTrue(browser.findElements(By.id("teacherAccountsHeading")).isEmpty());
            assertTrue(browser.findElements(By.id("nav-teacherAccounts")).isEmpty());
        } finally {
            browser.quit();
        }
    }

    private static String fetchedBy(long school) throws Exception {
        try (Connection c = TestDatabase.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT fetched_by FROM account_sheet WHERE school_id = " + school
                                + " ORDER BY id DESC")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long schoolId(String name) throws Exception {
        try (Connection c = TestDatabase.connect();
                ResultSet rs =
                        c.createStatement().executeQuery("SELECT id FROM organisation WHERE name = '" + name + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
