package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import java.io.OutputStream;
import java.net.URL;
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
 * The units import on the organisation tree page: a sheet with a problem is previewed with its row
 * and column and cannot be imported; a good sheet is previewed, imported, and its units appear.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationImportPageIT {

    private static final List<String> HEADER = List.of("单位名称", "单位类型", "上级单位", "单位代码");

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
    void previewShowsProblemsByRowAndColumnThenAGoodSheetIsImported() throws Exception {
        Path bad = sheet(List.of(List.of("页面测试县", "县", "页面测试市"), List.of("页面测试市", "市", "没有的省")));
        Path good = sheet(List.of(List.of("页面测试县", "县", "页面测试市"), List.of("页面测试市", "市", "云南省")));

        // the injected URL has come without its trailing slash when this class ran first
        URL root = base.toString().endsWith("/") ? base : new URL(base + "/");
        browser = Browser.signedIn(root, "admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(root + "app/admin/organisations.xhtml");
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unitTemplate")))
                .getAttribute("href")
                .endsWith("/app/admin/units-template.xlsx"));

        browser.findElement(By.cssSelector("#unitUpload input[type=file]"))
                .sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.id("unitUpload:preview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unitReview:summary")));
        String problems = browser.findElement(By.id("unitReview:problems")).getText();
        assertTrue(problems.contains("3") && problems.contains("上级单位") && problems.contains("没有的省"), problems);
        assertFalse(
                browser.findElement(By.id("unitReview:confirm")).isEnabled(),
                "a sheet with problems cannot be imported");
        Browser.screenshot(browser, "organisations-import-problems");

        browser.findElement(By.cssSelector("#unitUpload input[type=file]"))
                .sendKeys(good.toAbsolutePath().toString());
        browser.findElement(By.id("unitUpload:preview")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unitReview:summary"), "0 处问题"));
        String summary = browser.findElement(By.id("unitReview:summary")).getText();
        assertTrue(summary.contains("2"), summary);
        browser.findElement(By.id("unitReview:confirm")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("orgs:tree"), "页面测试县"));
        assertTrue(
                browser.findElement(By.id("orgs:messages")).getText().contains("已新建 2 个单位"),
                browser.findElement(By.id("orgs:messages")).getText());
        Browser.screenshot(browser, "organisations-imported");
    }

    private static Path sheet(List<List<Object>> rows) throws Exception {
        Path file = Files.createTempFile("units-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SpreadsheetWriter().writeXlsx(HEADER, rows, out);
        }
        return file;
    }
}
