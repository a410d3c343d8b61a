package cn.edu.ttms.it.ui;

import static cn.edu.ttms.it.api.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import cn.edu.ttms.it.api.Api;
import cn.edu.ttms.it.api.Scenario;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages under their Content Security Policy, in a real browser, as several demo users: the
 * console reports no refused script, handler, style or image on any of them, and the parts that
 * run scripts still work (the chart, the date picker, the lazy tables' paging, the language
 * switch, the results grid and its dialogue, the attendance page's QR code and its polling).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyIT {

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;
    private final List<String> violations = new ArrayList<>();

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The check itself: the policy is enforced, and the console reports what it refuses. */
    @Test
    void anInjectedInlineScriptOrHandlerIsRefusedAndReported() {
        signIn("teacher");
        script("var s = document.createElement('script'); s.textContent = 'window.ttmsInjected = true;';"
                + " document.body.appendChild(s);"
                + " var b = document.createElement('button'); b.id = 'injected'; b.setAttribute('onclick', 'window.ttmsClicked = true');"
                + " document.body.appendChild(b);");
        browser.findElement(By.id("injected")).click();
        assertEquals(
                Boolean.FALSE,
                script("return window.ttmsInjected === true || window.ttmsClicked === true;"),
                "neither an inline script nor an inline handler runs");
        List<String> refused = Browser.policyViolations(browser);
        assertTrue(refused.stream().anyMatch(m -> m.contains("inline script")), refused.toString());
        assertTrue(refused.stream().anyMatch(m -> m.contains("inline event handler")), refused.toString());
    }

    @Test
    void anAdministratorsPages() {
        signIn("admin");
        visit("app/admin/organisations.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("orgs:tree"), "临沧市"));
        follow("app/policies/list.xhtml", "#policies a");
        // the policy editor's date picker opens (its overlay is built by script)
        browser.findElement(By.id("draft:from_input")).click();
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-datepicker-panel, .ui-datepicker")));
        visit("app/credits/calculator.xhtml");
        browser.findElement(By.id("calc:go")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("credits")));
        follow("app/plans/list.xhtml", "a[href*='plans/view']");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas")));
        assertTrue((Boolean) script("return document.querySelector('canvas').width > 0;"), "the chart is drawn");
        visit(browser.getCurrentUrl()
                .replace("plans/view", "plans/print")
                .substring(base.toString().length()));
        // the print button's handler now comes from a script resource (an inline onclick would be refused)
        script("window.print = function () { window.ttmsPrinted = true; };");
        browser.findElement(By.id("print")).click();
        assertEquals(Boolean.TRUE, script("return window.ttmsPrinted === true;"), "the print button works");
        visit("app/plans/import.xhtml");
        assertFalse(browser.findElements(By.cssSelector("input[type=file]")).isEmpty(), "the upload");
        visit("app/teachers/import.xhtml");
        visit("app/results/compliance.xhtml");
        visit("app/statistics/compliance.xhtml");
        // the training statistics' two charts are drawn by PrimeFaces' script resources, none inline (issue 19)
        visit("app/statistics/training.xhtml");
        wait.until(d -> Boolean.TRUE.equals(
                script("return [...document.querySelectorAll('canvas')].filter(c => c.width > 0).length >= 2;")));
        visit("app/statistics/targets.xhtml");
        visit("app/me/inbox.xhtml");
        visit("app/account/password.xhtml");
        visit("app/accounts/edit.xhtml");
        // the language switch: a non-ajax command link, whose handler PrimeFaces moved out of the markup
        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("lang-en"), "class", "active"));
        browser.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("lang-zh"), "class", "active"));
        collect("language switch");
        assertNoViolations();
    }

    @Test
    void aCountyBureausPages() {
        signIn("linxiang");
        follow("app/teachers/list.xhtml", "a.teacher-name");
        visit("app/audit/list.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries"), "临翔区教育局 张丽"));
        // a lazy table's next page comes by ajax, its scripts run with the page's nonce
        List<WebElement> next = browser.findElements(By.cssSelector(".ui-paginator-next:not(.ui-state-disabled)"));
        if (!next.isEmpty()) {
            ajax(next.get(0));
            collect("audit, next page");
        }
        follow("app/projects/list.xhtml", "a.project-name");
        visit("app/enrolments/pending.xhtml");
        follow("app/accounts/list.xhtml", "a.account-username");
        assertNoViolations();
    }

    @Test
    void theResultsGridAndItsDialogue() {
        signIn("city");
        follow("app/results/list.xhtml", "a.batch-link");
        ajax(browser.findElement(By.cssSelector("button[id$='verifyButton']")));
        collect("a batch, verified");

        // a reviewer's batch awaiting them: the sign or return dialogue opens, and its cancel button
        // (an onclick handler that PrimeFaces moved out of the markup) closes it
        signIn("cityreviewer");
        visit("app/me/signing.xhtml");
        visit("app/results/list.xhtml");
        List<String> batches = browser.findElements(By.cssSelector("a.batch-link")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        boolean opened = false;
        for (String batch : batches) {
            visit(batch.substring(base.toString().length()));
            List<WebElement> open =
                    browser.findElements(By.cssSelector("button[id$='returnButton'], button[id$='signButton']"));
            if (!open.isEmpty()) {
                boolean signing = open.get(0).getAttribute("id").endsWith("signButton");
                ajax(open.get(0));
                String dialog = signing ? "signDialog" : "returnDialog";
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(dialog)));
                browser.findElement(By.cssSelector("button[id$='" + (signing ? "cancelSign" : "cancelReturn") + "']"))
                        .click();
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialog)));
                collect(batch + ", its dialogue");
                opened = true;
                break;
            }
        }
        assertTrue(opened, "a batch awaiting the reviewer among " + batches);
        assertNoViolations();
    }

    @Test
    void aTeachersPages() {
        signIn("teacher");
        visit("app/me/archive.xhtml");
        visit("app/me/projects.xhtml");
        visit("app/me/access.xhtml");
        visit("app/me/inbox.xhtml");
        visit("app/attend.xhtml");
        assertNoViolations();
    }

    /** The class adviser's screen: the QR code (an image of our own) and the list that polls every 10 s. */
    @Test
    void theAttendancePageWithItsQrCode() throws Exception {
        long session = aRunningAttendanceSession();
        signIn("lead");
        visit("app/attendance/list.xhtml");
        visit("app/attendance/session.xhtml?id=" + session);
        wait.until(d -> Boolean.TRUE.equals(
                script("var qr = document.getElementById('qr'); return !!qr && qr.complete && qr.naturalWidth > 0;")));
        // one round of polling, an ajax update whose scripts carry the nonce
        script(
                "window.ttmsAjaxDone = false; $(document).one('pfAjaxComplete', function () { window.ttmsAjaxDone = true; });");
        new WebDriverWait(browser, Duration.ofSeconds(25))
                .until(d -> Boolean.TRUE.equals(script("return window.ttmsAjaxDone;")));
        collect("attendance session, after polling");
        Browser.screenshot(browser, "attendance-session-csp");
        assertNoViolations();
    }

    private void signIn(String username) {
        if (browser != null) {
            browser.quit();
        }
        browser = Browser.signedIn(base, username);
        wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        // a non-ajax click replaces the page while the condition reads the old one's element: try again
        wait.ignoring(StaleElementReferenceException.class);
        collect(username + ": home");
    }

    /** Opens a page, waits until its scripts have run, and keeps what the console said about it. */
    private void visit(String path) {
        browser.get(base + path);
        wait.until(d -> Boolean.TRUE.equals(script("return document.readyState === 'complete';")));
        assertFalse(browser.getCurrentUrl().contains("login.xhtml"), path + " sent back to sign-in");
        collect(path);
    }

    /** Opens a list and then the first entry that {@code link} finds on it. */
    private void follow(String list, String link) {
        visit(list);
        String href = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(link)))
                .getAttribute("href");
        visit(href.substring(base.toString().length()));
    }

    /** Clicks something that sends an ajax request and waits until its answer is applied. */
    private void ajax(WebElement element) {
        script(
                "window.ttmsAjaxDone = false; $(document).one('pfAjaxComplete', function () { window.ttmsAjaxDone = true; });");
        element.click();
        wait.until(d -> Boolean.TRUE.equals(script("return window.ttmsAjaxDone;")));
    }

    private void collect(String where) {
        Browser.policyViolations(browser).forEach(v -> violations.add(where + ": " + v));
    }

    private void assertNoViolations() {
        collect("end");
        assertEquals(List.of(), violations, "the browser console reported these");
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    /** A started municipal project led by the demo lead, with an open attendance session. */
    private long aRunningAttendanceSession() throws Exception {
        Scenario scenario = new Scenario(base);
        long plan = scenario.cityPlan(2002);
        long centre = json(Api.as(base, "lead").get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
        long project = scenario.create(
                Scenario.project(plan, "页面策略考勤项目", 10, "DIRECTIVE", "2027-12-06", "2027-12-08")
                        .add("hostId", centre)
                        .add("leadId", leadAccount()),
                true);
        for (long trainee : scenario.freshTeachers(List.of("临翔区第一完全小学"), 2, 20020002L)) {
            json(
                    Api.as(base, "city")
                            .post("/api/v1/projects/" + project + "/enrolments", "{\"teacherId\":" + trainee + "}"),
                    201);
        }
        json(Api.as(base, "city").post("/api/v1/projects/" + project + "/transitions", "{\"action\":\"START\"}"), 200);
        return json(
                        Api.as(base, "lead")
                                .post(
                                        "/api/v1/projects/" + project + "/attendance-sessions",
                                        "{\"stageNo\":1,\"date\":\"2027-12-06\",\"hours\":3}"),
                        201)
                .getJsonNumber("id")
                .longValue();
    }

    private static long leadAccount() throws Exception {
        try (Connection c = TestDatabase.connect();
                ResultSet rs =
                        c.createStatement().executeQuery("SELECT id FROM user_account WHERE username = 'lead'")) {
            assertTrue(rs.next(), "the demo account lead");
            return rs.getLong(1);
        }
    }
}
