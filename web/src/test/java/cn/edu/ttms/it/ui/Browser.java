package cn.edu.ttms.it.ui;

import cn.edu.ttms.it.api.Api;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver (packages chromium, chromium-driver), with the flags
 * that keep it off the closed network. Never downloads a browser.
 */
public final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {}

    public static WebDriver start() {
        for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(
                        binary + " is missing: apt-get install -y chromium chromium-driver" + " (.ci/run does it)");
            }
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("ttms-chromium"));
            // the console, for the pages' policy violations (policyViolations)
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new browser, signed in as a demo account. */
    public static WebDriver signedIn(URL base, String username) {
        WebDriver driver = start();
        try {
            signIn(driver, base, username);
            return driver;
        } catch (RuntimeException | AssertionError e) {
            driver.quit();
            throw e;
        }
    }

    /**
     * Signs in with a demo account's password through the sign-in form and waits for the home
     * page. If it does not come, the failure says what the browser shows instead (and keeps a
     * screenshot), rather than only that an element was missing.
     */
    public static void signIn(WebDriver driver, URL base, String username) {
        // Arquillian once injected the base without its trailing slash: never build "…:8080login.xhtml"
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        driver.get(root + "login.xhtml");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(45));
        // the sign-in button is an ajax button: click it once the page and PrimeFaces are ready
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!window.PrimeFaces;")));
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        try {
            // the button's answer navigates: a look at the page in that moment is "aborted by navigation"
            wait.ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("homeHeading")));
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot(driver, "sign-in-failed-" + username);
            throw new AssertionError(
                    "Signing in as " + username + " did not reach the home page; the browser is at "
                            + driver.getCurrentUrl() + " showing: "
                            + driver.findElement(By.tagName("body")).getText()
                            + " (screenshot " + shot + ")",
                    e);
        }
    }

    /**
     * What the browser's console reported since the last call about the page's Content Security
     * Policy (a refused script, handler, style, image or eval), and any uncaught script error, which
     * is how a refused script usually shows further on.
     */
    public static java.util.List<String> policyViolations(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m ->
                        m.contains("Content Security Policy") || m.contains("Refused to") || m.contains("Uncaught"))
                .toList();
    }

    /** Saves what the user saw, for the build's record (target/screenshots) and for docs/. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
