package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import java.net.URL;
import java.time.Duration;
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

/** The calculator, the credit policies and the organisation tree, in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait signIn(String username) {
        browser = Browser.start();
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("homeHeading")));
        return wait;
    }

    @Test
    void theCalculatorGivesE1UnderTheShippedPolicy() {
        WebDriverWait wait = signIn("city");
        browser.findElement(By.id("nav-calculator")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calc:go"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("credits")));
        assertEquals("25.92", browser.findElement(By.id("credits")).getText());
        assertEquals("良", browser.findElement(By.id("grade")).getText());
        assertTrue(browser.findElement(By.id("policy")).getText().contains("v1"));
        Browser.screenshot(browser, "calculator");
    }

    @Test
    void aPolicyShowsItsRulesAndHistory() {
        WebDriverWait wait = signIn("admin");
        browser.findElement(By.id("nav-policies")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#policies a"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rules")));
        assertTrue(browser.findElement(By.id("rules")).getText().contains("\"COUNTY\""));
        assertTrue(browser.findElement(By.id("draft:json")).isDisplayed(), "administrators may make a new version");
        Browser.screenshot(browser, "policy");
    }

    @Test
    void staffReadTheAuditOfTheirCounty() {
        WebDriverWait wait = signIn("linxiang");
        browser.findElement(By.id("nav-audit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries"), "linxiang"));
        assertTrue(browser.findElement(By.id("audit:entries")).getText().contains("登录"));
        assertTrue(!browser.findElement(By.id("audit:entries")).getText().contains("fengqing"), "no other county's entries");
        Browser.screenshot(browser, "audit");
    }

    @Test
    void aTeacherSeesWhoLookedAtTheirRecord() throws Exception {
        int teacherId = jakarta.json.Json.createReader(new java.io.StringReader(
                Api.as(base, "teacher").get("/api/v1/me").body())).readObject().getInt("teacherId");
        assertEquals(200, Api.as(base, "linxiang").get("/api/v1/teachers/" + teacherId).statusCode());
        WebDriverWait wait = signIn("teacher");
        browser.findElement(By.id("nav-access")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accesses"), "linxiang"));
        assertTrue(browser.findElement(By.id("accesses")).getText().contains("查看"));
    }

    @Test
    void theOrganisationTreeForAdministrators() {
        WebDriverWait wait = signIn("admin");
        browser.findElement(By.id("nav-organisations")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("orgs:tree"), "临沧市"));
        assertTrue(browser.findElement(By.id("orgs:tree")).getText().contains("凤庆县"));
        Browser.screenshot(browser, "organisations");
    }
}
