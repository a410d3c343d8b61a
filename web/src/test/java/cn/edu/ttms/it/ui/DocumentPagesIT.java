package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The documents in the pages (issue 18): the teacher downloads the signed transcript of the chosen cycle
 * and each certificate from 我的培训档案; the QR code's page shows VALID on a phone without signing in;
 * an unknown code says so; a project's page offers the class's certificates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentPagesIT {

    private static final int PHONE = 390;

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
    void theTeacherDownloadsTheTranscriptAndAnyoneVerifiesItOnAPhone() throws Exception {
        JsonObject me = json(Api.as(base, "teacher").get("/api/v1/me").body());
        long teacherId = me.getJsonNumber("teacherId").longValue();
        long recognisedAndPassed = json(Api.as(base, "teacher")
                        .get("/api/v1/teachers/" + teacherId + "/archive")
                        .body())
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> "RECOGNISED".equals(r.getString("status"))
                        && r.containsKey("grade")
                        && !r.isNull("grade")
                        && !"FAIL".equals(r.getString("grade")))
                .count();

        browser = Browser.signedIn(base, "teacher");
        browser.get(base + "app/me/archive.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complianceForm:transcriptLink")));
        assertEquals(
                recognisedAndPassed,
                browser.findElements(By.cssSelector("a.certificate-link")).size(),
                "a certificate for each recognised, passed result");
        Browser.screenshot(browser, "archive-documents");

        // the link, fetched with the page's session: a signed PDF with its code
        String href =
                browser.findElement(By.id("complianceForm:transcriptLink")).getAttribute("href");
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(
                  [r.status, r.headers.get('Content-Type'), r.headers.get('X-Verification-Code'),
                   String.fromCharCode(...new Uint8Array(b.slice(0, 5)))])));
                """, href);
        assertEquals(200L, ((Number) answer.get(0)).longValue());
        assertTrue(String.valueOf(answer.get(1)).startsWith("application/pdf"), answer.toString());
        assertEquals("%PDF-", answer.get(3));
        String code = String.valueOf(answer.get(2));
        assertTrue(code.matches("[A-Z2-7]{26}"), code);
        browser.quit();

        // the QR code's page, on a phone, signed in as nobody
        browser = Browser.start();
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        browser.get(base + "verify/" + code);
        wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verifyStatus")));
        assertEquals("VALID", browser.findElement(By.id("verifyStatus")).getAttribute("data-status"));
        assertTrue(browser.findElement(By.id("verifyStatus")).getText().contains("有效"));
        assertTrue(browser.findElement(By.id("verifyIdentity")).getText().contains("********"));
        assertTrue(browser.findElement(By.id("verifyHolder")).getText().contains("*"));
        assertEquals(
                "临翔区教育局", browser.findElement(By.id("verifyIssuer")).getText().strip());
        assertTrue(browser.getCurrentUrl().endsWith("/verify/" + code), "the printed address stays");
        long width = ((Number)
                        ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;"))
                .longValue();
        assertTrue(width <= PHONE, "the page is " + width + " px wide on a " + PHONE + " px phone");
        Browser.screenshot(browser, "verify-phone");

        browser.get(base + "verify/AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-F");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verifyUnknown")));
        assertTrue(browser.findElement(By.id("verifyUnknown")).getText().contains("未找到"));
        assertFalse(browser.getPageSource().contains("verifyStatus"));
    }

    @Test
    void aProjectPageOffersTheClassCertificates() throws Exception {
        String list =
                Api.as(base, "city").get("/api/v1/projects?year=2026&size=200").body();
        long id = json(list)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        browser = Browser.signedIn(base, "city");
        browser.get(base + "app/projects/view.xhtml?id=" + id);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("downloadCertificates")));
        String href = browser.findElement(By.id("downloadCertificates")).getAttribute("href");
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done([r.status, r.headers.get('Content-Type')]));
                """, href);
        assertEquals(200L, ((Number) answer.get(0)).longValue(), answer.toString());
        assertTrue(String.valueOf(answer.get(1)).startsWith("application/zip"), answer.toString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
