package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.WebSession;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * 达标率统计 in a real browser (issue 19, item 1): the city opens it on itself (it can choose itself), sees a
 * bar per county, follows 临翔区 down to a school, the school's teachers, and one teacher's archive; the
 * tables export as spreadsheets with numbers as number cells.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceStatisticsPageIT {

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theCityChoosesItselfAndDrillsDownToATeachersArchive() throws Exception {
        WebDriver browser = Browser.signedIn(base, "city");
        browsers.add(browser);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(base + "app/statistics/compliance.xhtml");
        String heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statisticsUnit")))
                .getText();
        assertTrue(heading.startsWith("临沧市"), heading);
        String chosen = browser.findElement(By.cssSelector("[id='statisticsForm:unit'] .ui-selectonemenu-label"))
                .getText();
        assertEquals("临沧市", chosen.strip(), "the city's own unit is a choice, and the chosen one");
        assertFalse(
                browser.findElements(By.cssSelector("[id$='childrenChart'] canvas"))
                        .isEmpty(),
                "the chart");
        assertTrue(browser.findElement(By.id("statisticsSummary")).getText().contains("达标率"));

        Browser.screenshot(browser, "statistics-compliance-city");
        // 临沧市 → 临翔区
        click(wait, browser, "a.child-link", "临翔区");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statisticsUnit"), "临翔区"));
        assertTrue(browser.findElement(By.id("statisticsTrail")).getText().contains("临沧市"), "the way back up");
        // 临翔区 → a school with teachers
        WebElement school = browser.findElements(By.cssSelector("[id$='children'] tbody tr")).stream()
                .filter(tr -> !tr.findElement(By.cssSelector(".child-teachers"))
                        .getText()
                        .strip()
                        .equals("0"))
                .map(tr -> tr.findElement(By.cssSelector("a.child-link")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a school of 临翔区 with teachers"));
        String schoolName = school.getText();
        school.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statisticsUnit"), schoolName));
        // a school has no units below: its teachers are listed at once
        WebElement teacher = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='teacherTable'] a.teacher-link")));
        Browser.screenshot(browser, "statistics-compliance-school");
        String name = teacher.getText();
        teacher.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("archiveHeading")));
        assertTrue(browser.getPageSource().contains(name), "the archive of " + name);

        // the county's tables as spreadsheets: Chinese headings, figures as numbers
        WebSession session = WebSession.signIn(base, "city");
        long linxiang = unitId("临翔区");
        HttpResponse<byte[]> children =
                session.download("app/statistics/compliance.xlsx?unit=" + linxiang + "&cycle=2026&table=children");
        assertEquals(200, children.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(children.body()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            Row headerRow = headerRow(sheet, "单位");
            headerRow.forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("单位", "教师数", "达标人数", "未达标人数", "达标率（%）"), header);
            Row first = sheet.getRow(headerRow.getRowNum() + 1);
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType(), "teachers as a number");
            assertEquals(CellType.NUMERIC, first.getCell(4).getCellType(), "the rate as a number");
        }
        HttpResponse<byte[]> teachers =
                session.download("app/statistics/compliance.xlsx?unit=" + linxiang + "&cycle=2026&table=teachers");
        assertEquals(200, teachers.statusCode());
        assertEquals(
                404,
                WebSession.signIn(base, "fengqing")
                        .download("app/statistics/compliance.xlsx?unit=" + linxiang + "&cycle=2026&table=failing")
                        .statusCode(),
                "another county's unit");
    }

    private static long unitId(String name) throws Exception {
        try (java.sql.Connection c = cn.edu.ttms.it.TestDatabase.connect();
                java.sql.PreparedStatement s = c.prepareStatement("SELECT id FROM organisation WHERE name = ?")) {
            s.setString(1, name);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), name);
                return rs.getLong(1);
            }
        }
    }

    private static Row headerRow(Sheet sheet, String firstTitle) {
        for (Row r : sheet) {
            if (r.getCell(0) != null
                    && r.getCell(0).getCellType() == CellType.STRING
                    && r.getCell(0).getStringCellValue().equals(firstTitle)) {
                return r;
            }
        }
        throw new AssertionError("no header row " + firstTitle);
    }

    private static void click(WebDriverWait wait, WebDriver browser, String css, String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        browser.findElements(By.cssSelector(css)).stream()
                .filter(a -> a.getText().strip().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text + " among " + css))
                .click();
    }
}
