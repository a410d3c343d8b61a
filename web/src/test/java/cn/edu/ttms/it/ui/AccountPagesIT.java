package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15 on the pages: the administrator opens a teacher's account at a school, choosing the unit
 * (the role boxes follow it) and sees the one-time password once; a new browser signs in with it, is
 * led to the change form, sets a password and reaches the home page; the account is then listed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountPagesIT {

    private static final String SCHOOL = "临翔区博尚镇中心完小";

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void anAdministratorOpensAnAccountAndThePersonSetsTheirPasswordAtFirstSignIn() {
        String username = "page-" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        WebDriver admin = Browser.signedIn(base, "admin");
        browsers.add(admin);
        WebDriverWait wait = new WebDriverWait(admin, Duration.ofSeconds(45));
        admin.findElement(By.id("nav-accounts")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountsHeading")));
        admin.findElement(By.id("accounts:new")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:username")));
        ready(admin, wait);

        admin.findElement(By.id("account:username")).sendKeys(username);
        admin.findElement(By.id("account:displayName")).sendKeys("页面新老师");
        chooseUnit(admin, wait);
        // the role boxes follow the unit: a school has principals and teachers, no bureau roles
        By teacherBox = By.xpath("//*[@id='account:roles']//label[normalize-space()='教师']");
        wait.until(ExpectedConditions.elementToBeClickable(teacherBox));
        String offered = admin.findElement(By.id("account:roles")).getText();
        assertTrue(offered.contains("学校管理员") && !offered.contains("教育局工作人员"), offered);
        admin.findElement(teacherBox).click();
        admin.findElement(By.id("account:save")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oneTimePassword")));
        String otp = admin.findElement(By.id("oneTimePassword")).getText().strip();
        assertTrue(otp.matches("[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}"), otp);
        assertTrue(admin.findElement(By.id("otpForm:otpDialog")).getText().contains("只显示这一次"));
        Browser.screenshot(admin, "account-one-time-password");

        WebDriver person = Browser.start();
        browsers.add(person);
        WebDriverWait personWait = new WebDriverWait(person, Duration.ofSeconds(45));
        person.get(base + "login.xhtml");
        ready(person, personWait);
        person.findElement(By.id("login:username")).sendKeys(username);
        person.findElement(By.id("login:password")).sendKeys(otp);
        person.findElement(By.id("login:submit")).click();
        personWait
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("firstTime")));
        assertTrue(person.getCurrentUrl().contains("/app/account/password.xhtml"), person.getCurrentUrl());
        person.get(base + "app/teachers/list.xhtml");
        personWait.until(ExpectedConditions.presenceOfElementLocated(By.id("firstTime")));
        assertTrue(
                person.getCurrentUrl().contains("/app/account/password.xhtml"),
                "nothing else before: " + person.getCurrentUrl());

        ready(person, personWait);
        person.findElement(By.id("password:current")).sendKeys(otp);
        person.findElement(By.id("password:next")).sendKeys("Seite2026neu");
        person.findElement(By.id("password:repeat")).sendKeys("Seite2026neu");
        person.findElement(By.id("password:save")).click();
        personWait
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("homeHeading")));

        admin.findElement(By.id("otpForm:otpDone")).click();
        admin.get(base + "app/accounts/list.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:q")));
        ready(admin, wait);
        admin.findElement(By.id("accounts:q")).sendKeys(username);
        admin.findElement(By.id("accounts:search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:list"), username));
        String row = admin.findElement(By.id("accounts:list")).getText();
        assertTrue(row.contains(SCHOOL) && row.contains("教师"), row);
        assertEquals(
                1,
                admin.findElements(By.cssSelector("#accounts\\:list a.account-username"))
                        .size(),
                row);
        Browser.screenshot(admin, "account-list");
        admin.findElement(By.cssSelector("#accounts\\:list a.account-username")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:enabled")));
        assertTrue(
                admin.findElement(By.xpath("//*[@id='account:roles']//input[@value='TEACHER']"))
                        .isSelected(),
                "its role");
        assertTrue(!admin.findElement(By.xpath("//*[@id='account:roles']//input[@value='SCHOOL_ADMIN']"))
                .isSelected());
        assertTrue(
                admin.findElement(By.id("account:unit")).getText().contains(SCHOOL),
                admin.findElement(By.id("account:unit")).getText());
        admin.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        admin.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:save")));
        Browser.screenshot(admin, "account-edit-phone");
    }

    private static void ready(WebDriver driver, WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!window.PrimeFaces;")));
    }

    /**
     * Picks the school in the unit menu, narrowed by its filter first (with many units the wanted one may lie under
     * another's overlay). A click while the filtered list is still redrawn can land on another item: the menu's
     * label says which unit was taken, so try again until it is the school.
     */
    private static void chooseUnit(WebDriver admin, WebDriverWait wait) {
        By school =
                By.xpath("//li[contains(@class,'ui-selectonemenu-item') and contains(@data-label,'" + SCHOOL + "')]");
        for (int attempt = 1; ; attempt++) {
            admin.findElement(By.id("account:unit")).click();
            WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:unit_filter")));
            filter.clear();
            filter.sendKeys(SCHOOL);
            wait.until(ExpectedConditions.elementToBeClickable(school)).click();
            try {
                new WebDriverWait(admin, Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("account:unit_label"), SCHOOL));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
