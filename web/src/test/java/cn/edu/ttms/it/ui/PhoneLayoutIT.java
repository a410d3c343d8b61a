package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The teacher's pages and the project page on a phone (390 × 844, issue 17 item 2): the page is
 * never wider than the screen, no table column is squeezed to a character or two, and the header
 * leaves the language switch on the screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneLayoutIT {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;
    /** narrower than this, a column of Chinese text shows one or two characters a line */
    private static final int MIN_CELL = 40;

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
    void theTeachersPagesFitAPhone() {
        onAPhone("teacher");
        for (String page : List.of(
                "app/home.xhtml",
                "app/me/archive.xhtml",
                "app/me/projects.xhtml",
                "app/me/inbox.xhtml",
                "app/me/access.xhtml",
                "app/attend.xhtml")) {
            assertFits(page);
        }
    }

    @Test
    void theProjectPageAndTheStaffListsFitAPhone() throws Exception {
        String list =
                Api.as(base, "city").get("/api/v1/projects?year=2026&size=200").body();
        long id = jakarta.json.Json.createReader(new java.io.StringReader(list))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        onAPhone("city");
        assertFits("app/projects/view.xhtml?id=" + id);
        assertFits("app/teachers/list.xhtml");
        assertFits("app/results/list.xhtml");
        assertFits("app/statistics/compliance.xhtml");
    }

    /** Signs in, then makes the page's viewport a phone's (the window itself stays as it is). */
    private void onAPhone(String username) {
        browser = Browser.signedIn(base, username);
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    }

    private void assertFits(String page) {
        browser.get(base + page);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(45))
                .until(
                        d -> Boolean.TRUE.equals(
                                js.executeScript(
                                        "return document.readyState === 'complete' && !!document.querySelector('footer, main, form');")));
        Browser.screenshot(browser, "phone-" + page.replaceAll("[^a-z]+", "-"));
        assertEquals(WIDTH, ((Number) js.executeScript("return window.innerWidth;")).intValue(), page);
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        assertTrue(scrollWidth <= WIDTH, page + " is " + scrollWidth + " px wide on a " + WIDTH + " px screen");
        @SuppressWarnings("unchecked")
        List<String> squeezed = (List<String>) js.executeScript("""
                return [...document.querySelectorAll('table th, table td')]
                  .filter(c => c.offsetParent !== null && c.textContent.trim() !== '')
                  .filter(c => c.getBoundingClientRect().width < arguments[0])
                  .map(c => (c.closest('[id]') || {}).id + ' ' + c.tagName + ' '
                     + Math.round(c.getBoundingClientRect().width) + ' px: ' + c.textContent.trim().slice(0, 20));
                """, MIN_CELL);
        assertTrue(squeezed.isEmpty(), page + " squeezes columns: " + squeezed);
        Object english = js.executeScript(
                "const e = document.getElementById('lang-en'); return e ? e.getBoundingClientRect().right : 0;");
        assertTrue(
                ((Number) english).doubleValue() <= WIDTH,
                page + ": the language switch is cut off at " + english + " px");
        Object header = js.executeScript(
                "const h = document.querySelector('header'); return h ? h.getBoundingClientRect().height : 0;");
        assertTrue(((Number) header).doubleValue() < 160, page + ": the header takes " + header + " px");
    }
}
