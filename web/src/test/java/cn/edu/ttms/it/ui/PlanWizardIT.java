package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plan import wizard in a real browser: upload the seed's plan, preview, confirm, see the plan's
 * totals, then the plan as its printable table.
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
        Browser.screenshot(browser, "plan-import-preview");

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
}
