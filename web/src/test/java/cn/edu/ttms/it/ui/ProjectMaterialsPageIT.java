package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import cn.edu.ttms.it.api.ResultScenario;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * The project page's 培训材料 section and the lead's to-do (issue 17, workflow.md §6): the lead uploads a
 * file on the page and sees it listed, at a desk and on a 390 px phone; the home page names each class of
 * the lead's that still owes materials, with its deadline and what is missing, until all five kinds are in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectMaterialsPageIT {

    private static final int PHONE = 390;

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1
    };

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private long startedClass(String name) throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long plan = rs.plan("city", 2021);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                        plan, name, "MUNICIPAL", "DIRECTIVE", "1.2", 3, "2021-05-12", "2021-05-14")));
        rs.start("city", project);
        return project;
    }

    @Test
    void theLeadUploadsOnTheProjectPageAndSeesItListedAtADeskAndOnAPhone() throws Exception {
        long project = startedClass("材料页面测试" + System.nanoTime() % 1_000_000);
        browser = Browser.signedIn(base, "lead");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        browser.get(base + "app/projects/view.xhtml?id=" + project);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("materialsSection")));
        String due = browser.findElement(By.id("materialsDue")).getText();
        assertTrue(due.contains("2021-06-14") && due.contains("已逾期"), due);
        assertTrue(due.contains("培训通知、实施方案、现场照片、培训总结、满意度调查结果"), due);

        // at a desk: the default kind (培训通知) and a PDF
        // a directory of its own: project ids repeat from one fresh database to the next
        Path named = Files.write(Files.createTempDirectory("materials-").resolve("培训通知-" + project + ".pdf"), PDF);
        browser.findElement(By.cssSelector("#materialUpload input[type=file]"))
                .sendKeys(named.toAbsolutePath().toString());
        browser.findElement(By.id("materialUpload:uploadMaterial")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("materials:materialList"), "培训通知-" + project + ".pdf"));
        String list = browser.findElement(By.id("materials:materialList")).getText();
        assertTrue(list.contains("培训通知") && list.contains("lead"), list);
        assertFalse(browser.findElement(By.id("materialsDue")).getText().contains("培训通知、"), "no longer missing");
        WebElement link = browser.findElement(By.cssSelector("#materials\\:materialList a.material-file"));
        assertTrue(
                link.getDomAttribute("href").contains("/app/projects/material?projectId=" + project),
                link.getDomAttribute("href"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        Browser.screenshot(browser, "project-materials");

        // on a phone: a photo, the kind chosen from the list
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        browser.get(base + "app/projects/view.xhtml?id=" + project);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("materialUpload:materialKind")));
        WebElement menu = browser.findElement(By.id("materialUpload:materialKind"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
        menu.click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#materialUpload\\:materialKind_items li[data-label='现场照片']")))
                .click();
        Path png = Files.createTempFile("photo-", ".png");
        Files.write(png, PNG);
        browser.findElement(By.cssSelector("#materialUpload input[type=file]"))
                .sendKeys(png.toAbsolutePath().toString());
        browser.findElement(By.id("materialUpload:uploadMaterial")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("materials:materialList"), png.getFileName().toString()));
        assertTrue(
                browser.findElement(By.id("materials:materialList")).getText().contains("现场照片"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long width = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        assertTrue(width <= PHONE, "the project page is " + width + " px wide on a phone");
        @SuppressWarnings("unchecked")
        List<String> squeezed = (List<String>) js.executeScript("""
                return [...document.querySelectorAll('#materialsSection table th, #materialsSection table td')]
                  .filter(c => c.offsetParent !== null && c.textContent.trim() !== '')
                  .filter(c => c.getBoundingClientRect().width < 40)
                  .map(c => c.textContent.trim().slice(0, 20));
                """);
        assertTrue(squeezed.isEmpty(), "squeezed: " + squeezed);
        js.executeScript("document.getElementById('materialsSection').scrollIntoView({block: 'start'});");
        Browser.screenshot(browser, "project-materials-phone");

        // another county's staff see the project but not its materials
        browser.quit();
        browser = Browser.signedIn(base, "fengqing");
        browser.get(base + "app/projects/view.xhtml?id=" + project);
        new WebDriverWait(browser, Duration.ofSeconds(45))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer, main")));
        assertTrue(browser.findElements(By.id("materialsSection")).isEmpty(), "no materials for 凤庆县");
    }

    @Test
    void theLeadsToDoNamesTheClassWithItsDeadlineAndWhatIsMissingUntilAllFiveAreIn() throws Exception {
        String name = "材料待交测试" + System.nanoTime() % 1_000_000;
        long project = startedClass(name);
        browser = Browser.signedIn(base, "lead");
        assertTrue(dueNames().contains(name + "（2021-06-14 前，已逾期；尚缺：培训通知、实施方案、现场照片、培训总结、满意度调查结果）"), dueNames());

        String path = "/api/v1/projects/" + project + "/materials";
        for (String[] kind : List.of(
                new String[] {"NOTICE", "通知.pdf"},
                new String[] {"PLAN", "方案.pdf"},
                new String[] {"PHOTOS", "照片.png"},
                new String[] {"SUMMARY", "总结.pdf"})) {
            byte[] bytes = kind[1].endsWith(".png") ? PNG : PDF;
            assertEquals(
                    201,
                    Api.as(base, "lead")
                            .upload(path, kind[1], bytes, Map.of("kind", kind[0]))
                            .statusCode());
        }
        browser.get(base + "app/home.xhtml");
        assertTrue(dueNames().contains(name + "（2021-06-14 前，已逾期；尚缺：满意度调查结果）"), dueNames());
        WebElement line = browser.findElement(By.id("todo-MATERIALS_DUE"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", line);
        Browser.screenshot(browser, "home-lead-materials-due");

        assertEquals(
                201,
                Api.as(base, "lead")
                        .upload(path, "满意度调查.xlsx", new byte[] {'P', 'K', 3, 4, 0}, Map.of("kind", "SATISFACTION"))
                        .statusCode());
        browser.get(base + "app/home.xhtml");
        assertFalse(dueNames().contains(name), "all five are in: " + dueNames());

        // the city's staff do not have the line: the host uploads
        browser.quit();
        browser = Browser.signedIn(base, "city");
        browser.get(base + "app/home.xhtml");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("toDo")));
        assertTrue(browser.findElements(By.id("todo-MATERIALS_DUE")).isEmpty(), "a bureau uploads no materials");
    }

    private String dueNames() {
        if (!browser.getCurrentUrl().contains("/app/home")) {
            browser.get(base + "app/home.xhtml");
        }
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("toDo")));
        List<WebElement> items = browser.findElements(By.cssSelector("#todo-MATERIALS_DUE .ttms-todo-items"));
        return items.isEmpty() ? "" : items.get(0).getText();
    }
}
