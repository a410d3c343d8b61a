package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import cn.edu.ttms.it.api.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The training statistics page (issue 19, item 4) in Chromium: the city sees its own figures — the same as
 * the API's — with both charts drawn, drills down into a county, and every table's export is an .xlsx
 * that POI reads, with Chinese titles and numbers as number cells; on a 390 px phone the page is no wider
 * than the screen. The targets page saves targets; the home page shows the headline figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsPagesIT {

    private static final int YEAR = 2026;

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(45));
    }

    private JsonObject api(String username, String path) throws Exception {
        HttpResponse<String> r = Api.as(base, username).get(path);
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    @Test
    void theCitySeesItsFiguresDrillsDownAndExportsEveryTable() throws Exception {
        JsonObject me = api("city", "/api/v1/me");
        long city = me.getJsonObject("organisation").getJsonNumber("id").longValue();
        JsonObject stats = api("city", "/api/v1/statistics/training?unitId=" + city + "&year=" + YEAR);

        browser = Browser.signedIn(base, "city");
        browser.get(base + "app/statistics/training.xhtml?year=" + YEAR);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("statisticsUnit")));
        assertTrue(browser.findElement(By.id("statisticsUnit")).getText().contains("临沧市"), "its own unit first");
        assertEquals(
                String.format("%,d", stats.getJsonNumber("planned").longValue()),
                browser.findElement(By.id("figPlanned")).getText(),
                "the page shows the API's places planned");
        assertEquals(
                String.format("%,d", stats.getJsonNumber("recognised").longValue()),
                browser.findElement(By.id("figRecognised")).getText());
        waiting()
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return [...document.querySelectorAll('canvas')].filter(c => c.width > 0).length >= 2;")));
        assertFalse(browser.findElements(By.cssSelector("#byLevel tbody tr")).isEmpty());
        Browser.screenshot(browser, "statistics-training-city");

        // every table's export: an .xlsx POI reads, Chinese titles, numbers as number cells
        List<WebElement> exports = browser.findElements(By.cssSelector("a.ttms-export"));
        assertTrue(exports.size() >= 8, "an export per table and one for all: " + exports.size());
        WebSession session = WebSession.signIn(base, "city");
        for (WebElement link : exports) {
            String href = link.getAttribute("href");
            String path = href.substring(href.indexOf("/app/"));
            HttpResponse<byte[]> file = session.download(path);
            assertEquals(200, file.statusCode(), path);
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.body()))) {
                assertTrue(workbook.getNumberOfSheets() >= 1, path);
                Sheet sheet = workbook.getSheetAt(0);
                Row header = sheet.getRow(sheet.getFirstRowNum());
                assertTrue(
                        header.getCell(0).getStringCellValue().matches(".*[\\u4e00-\\u9fff].*"),
                        "a Chinese column title: " + header.getCell(0));
                if (path.contains("table=level")) {
                    Row national = sheet.getRow(sheet.getFirstRowNum() + 1);
                    assertEquals(CellType.NUMERIC, national.getCell(1).getCellType(), "places are number cells");
                    assertEquals("国家级", national.getCell(0).getStringCellValue());
                }
                if (path.contains("table=summary")) {
                    Row planned = sheet.getRow(sheet.getFirstRowNum() + 1);
                    assertEquals(
                            stats.getJsonNumber("planned").longValue(),
                            (long) planned.getCell(2).getNumericCellValue(),
                            "the summary's places planned by its teachers' column");
                }
            }
        }

        // drill down into the first county below the city
        WebElement county = browser.findElement(By.cssSelector("#children a.ttms-drill"));
        String name = county.getText();
        county.click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("statisticsUnit"), name));

        // the same page on a phone: nothing wider than the screen
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        browser.get(base + "app/statistics/training.xhtml?unit=" + city + "&year=" + YEAR);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("statisticsUnit")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(390, ((Number) js.executeScript("return window.innerWidth;")).intValue());
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        Browser.screenshot(browser, "phone-statistics-training");
        assertTrue(scrollWidth <= 390, "the statistics page is " + scrollWidth + " px wide on a 390 px phone");
    }

    @Test
    void theCountySetsItsTargetsAndTheHomePageShowsItsFigures() throws Exception {
        browser = Browser.signedIn(base, "linxiang");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("trainingHeadline")));
        assertTrue(browser.findElement(By.id("headlineShare")).getText().endsWith("%"), "the share trained");
        String heading = browser.findElement(By.id("trainingHeadlineHeading")).getText();
        assertTrue(
                heading.matches("临翔区 · \\d{4} 年培训"),
                "the year as a year, not a grouped number (was \"2,026 年培训\"): " + heading);

        browser.get(base + "app/statistics/targets.xhtml?year=2078");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("targetsForm:saveTargets")));
        WebElement county = browser.findElement(By.id("targetsForm:keyTeacherCounty_input"));
        county.clear();
        county.sendKeys("25");
        browser.findElement(By.id("targetsForm:saveTargets")).click();
        // who saved them by name and unit, not by login name (issue 17, item 3)
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("targetsVersion"), "临翔区教育局 张丽"));
        assertFalse(
                browser.findElement(By.id("targetsVersion")).getText().contains("linxiang"),
                browser.findElement(By.id("targetsVersion")).getText());
        long unit = api("linxiang", "/api/v1/me")
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
        JsonObject saved = api("linxiang", "/api/v1/statistics/targets?unitId=" + unit + "&year=2078");
        assertEquals(
                0,
                new java.math.BigDecimal("25")
                        .compareTo(saved.getJsonObject("keyTeacherCounty")
                                .getJsonNumber("target")
                                .bigDecimalValue()),
                saved.toString());
        Browser.screenshot(browser, "statistics-targets-linxiang");
    }
}
