package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * The plan import wizard in a real browser: upload the seed's plan, preview, confirm, see the plan's
 * totals, then the plan as its printable table; a sheet without a year in its title asks for it; an
 * exported plan uploaded again is named as the plan it would duplicate, imports only when the user
 * confirms, and keeps its projects' levels (issue 17 item 6).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanWizardIT {

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
    void uploadPreviewConfirmAndSeeThePlansTotals() throws Exception {
        List<String> lines =
                Files.readAllLines(Path.of("../../shared/seeds/003_b94b5f1c43dfc7dc.txt"), StandardCharsets.UTF_8);
        int header = 0;
        while (!lines.get(header).startsWith("序号")) {
            header++;
        }
        Path file = Files.createTempFile("chenzhou-2018-", ".txt");
        Files.writeString(file, String.join("\n", lines.subList(header, lines.size())));

        browser = Browser.signedIn(base, "city");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.findElement(By.id("nav-plans")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("importPlan")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload:preview")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:summary"), "53"));
        String summary = browser.findElement(By.id("review:summary")).getText();
        assertTrue(summary.contains("54") && summary.contains("7205") && summary.contains("0 处问题"), summary);
        // the table without its title states no year: the wizard asks for it, and insists
        assertTrue(browser.findElement(By.id("yearAsked")).isDisplayed(), "the year is asked");
        assertEquals("", browser.findElement(By.id("review:year_input")).getAttribute("value"), "no year guessed");
        assertTrue(browser.findElements(By.id("samePlan")).isEmpty(), "no year, no plan of the year known yet");
        Browser.screenshot(browser, "plan-import-preview");
        browser.findElement(By.id("review:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("importMessages"), "请填写计划年度"));
        browser.findElement(By.id("review:year_input")).sendKeys("2007");

        browser.findElement(By.id("review:confirm")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("planTotals")));
        String totals = browser.findElement(By.id("planTotals")).getText();
        assertTrue(totals.contains("53") && totals.contains("7,205"), "places grouped by thousands: " + totals);
        Browser.screenshot(browser, "plan");

        browser.findElement(By.id("printPlan")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("totalPlaces")));
        assertEquals("7,205", browser.findElement(By.id("totalPlaces")).getText());
        assertTrue(browser.findElement(By.id("totalProjects")).getText().contains("53"));
        assertTrue(browser.findElement(By.id("print")).isDisplayed(), "the print button");
        Browser.screenshot(browser, "plan-print");
    }

    /**
     * The case: the city's 2026 plan (demo data, projects of five levels) exported and uploaded
     * again. The preview takes the year from the title, names the city's plan of 2026 with a link,
     * refuses to import until the user ticks "import anyway", and the second plan keeps every
     * project's level instead of turning them all 市(州)级.
     */
    @Test
    void anExportedPlanUploadedAgainWarnsOfTheSamePlanAndKeepsItsLevels() throws Exception {
        browser = Browser.signedIn(base, "city");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base + "app/plans/list.xhtml");
        long original = browser.findElements(By.cssSelector("#plans a")).stream()
                .filter(a -> a.getText().equals("2026年临沧市教师培训计划"))
                .mapToLong(a -> Long.parseLong(a.getAttribute("href").replaceAll(".*[?&]id=([0-9]+).*", "$1")))
                .min()
                .orElseThrow();
        List<String> levels = levelsOf(original);
        assertTrue(levels.size() >= 3, "the demo plan has projects of several levels: " + levels);

        HttpResponse<byte[]> export = WebSession.signIn(base, "city").download("/app/plans/export.xlsx?id=" + original);
        assertEquals(200, export.statusCode());
        Path file = Files.createTempFile("2026-plan-", ".xlsx");
        Files.write(file, export.body());

        browser.get(base + "app/plans/import.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload:preview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statedYear")));
        assertTrue(browser.findElement(By.id("statedYear")).getText().contains("2026"), "the year from the title");
        assertTrue(browser.findElements(By.id("review:year")).isEmpty(), "no year field when the sheet states it");
        WebElement warning = browser.findElement(By.id("samePlan"));
        assertTrue(warning.getText().contains("2026年临沧市教师培训计划"), warning.getText());
        assertTrue(
                warning.findElements(By.tagName("a")).stream()
                        .anyMatch(a -> a.getAttribute("href").contains("view.xhtml?id=" + original)),
                "a link to the existing plan");
        Browser.screenshot(browser, "plan-import-same-plan");

        // confirmed without ticking: refused, the warning stays, nothing imported
        browser.findElement(By.id("review:confirm")).click();
        wait.until(ExpectedConditions.stalenessOf(warning));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("samePlan")));
        assertTrue(browser.getCurrentUrl().contains("import.xhtml"), browser.getCurrentUrl());

        browser.findElement(By.cssSelector("#review\\:despiteSamePlan .ui-chkbox-box"))
                .click();
        browser.findElement(By.id("review:confirm")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("planTotals")));
        long second = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
        assertTrue(second != original, "a second plan");
        assertEquals(levels, levelsOf(second), "every level as in the exported plan");
    }

    /** The plan's 按项目级别 table as "level: projects" lines. */
    private List<String> levelsOf(long planId) {
        browser.get(base + "app/plans/view.xhtml?id=" + planId);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("byLevel")));
        return browser.findElements(By.cssSelector("#byLevel tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")))
                .map(td -> td.get(0).getText() + ": " + td.get(1).getText())
                .sorted()
                .toList();
    }
}
