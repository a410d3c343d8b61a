package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sign-in page in a real headless Chromium: Chinese first, English on request. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginPageIT {

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void rendersInChineseByDefaultAndSwitchesToEnglishAndBack() {
        browser.get(base + "login.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));

        assertEquals("登录教师培训管理系统", browser.findElement(By.id("loginHeading")).getText());
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getTitle().startsWith("登录"), browser.getTitle());
        assertEquals("登录", browser.findElement(By.id("login:submit")).getText());
        Browser.screenshot(browser, "login-zh");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(
                By.id("loginHeading"), "Sign in to the Teacher Training Management System"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Sign in", browser.findElement(By.id("login:submit")).getText());
        Browser.screenshot(browser, "login-en");

        // The choice survives a new page load (cookie), and switching back works.
        browser.get(base + "index.xhtml");
        assertEquals(
                "Welcome to the Teacher Training Management System",
                browser.findElement(By.id("homeHeading")).getText());
        browser.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("homeHeading"), "欢迎使用教师培训管理系统"));
    }

    @Test
    void aProtectedPageLeadsToSignInAndBackAndSignOutEndsTheSession() {
        browser.get(base + "app/account/password.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml?continue="), browser.getCurrentUrl());

        browser.findElement(By.id("login:username")).sendKeys("linxiang");
        browser.findElement(By.id("login:password")).sendKeys("Demo@2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password:current")));
        assertTrue(browser.findElement(By.id("currentUser")).getText().contains("临翔区"));

        browser.findElement(By.id("nav-home")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("homeHeading"), "张丽"));
        assertTrue(browser.findElement(By.id("homeRoles")).getText().contains("教育局工作人员"));
        Browser.screenshot(browser, "home-linxiang");

        browser.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        browser.get(base + "app/home.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    }

    @Test
    void aWrongPasswordIsToldPlainly() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("fengqing");
        browser.findElement(By.id("login:password")).sendKeys("wrong-password");
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(45))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "用户名或密码错误"));
    }

    @Test
    void anEmptySubmissionIsToldWhatIsMissingInChinese() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(45))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "请输入用户名"));
        assertTrue(browser.findElement(By.id("login:messages")).getText().contains("请输入密码"));
    }
}
