package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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

/** The registry in a real browser, signed in as the 临翔区 officer: her county, nothing else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryPageIT {

    private static final Set<String> LINXIANG_SCHOOLS = Set.of("临沧市第一中学", "临翔区第一完全小学", "临翔区博尚镇中心完小", "临翔区南美乡民族学校");

    @ArquillianResource
    URL base;

    private WebDriver first;
    private WebDriver second;

    @AfterEach
    void close() {
        for (WebDriver b : new WebDriver[] {first, second}) {
            if (b != null) {
                b.quit();
            }
        }
    }

    @Test
    void theRegistryShowsOnlyTheCountysTeachersAndAGuessedIdIsNotFound() throws Exception {
        first = Browser.signedIn(base, "linxiang");
        first.get(base + "app/teachers/list.xhtml");
        List<String> schools = waitForRows(first);
        assertFalse(schools.isEmpty());
        assertTrue(LINXIANG_SCHOOLS.containsAll(schools), "schools on the page: " + schools);
        assertTrue(first.findElement(By.id("registry:teachers")).getText().contains("共 "), "page report in Chinese");
        Browser.screenshot(first, "registry-linxiang");

        int fengqingId = Json.createReader(new StringReader(
                        Api.as(base, "fengqing").get("/api/v1/teachers?size=1").body()))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getInt("id");
        first.get(base + "app/teachers/view.xhtml?id=" + fengqingId);
        new WebDriverWait(first, Duration.ofSeconds(45))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "未找到"));
        assertTrue(first.findElements(By.id("teacher:name")).isEmpty(), "no form for a record outside the scope");
    }

    @Test
    void twoPeopleEditingTheSameTeacherTheSecondIsToldAndNothingIsOverwritten() throws Exception {
        int id = Json.createReader(new StringReader(
                        Api.as(base, "principal").get("/api/v1/teachers?size=1").body()))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getInt("id");
        first = Browser.signedIn(base, "linxiang");
        second = Browser.signedIn(base, "principal");
        for (WebDriver b : new WebDriver[] {first, second}) {
            b.get(base + "app/teachers/view.xhtml?id=" + id);
            new WebDriverWait(b, Duration.ofSeconds(45))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("teacher:title")));
        }
        type(first, "teacher:title", "一级教师");
        first.findElement(By.id("teacher:save")).click();
        new WebDriverWait(first, Duration.ofSeconds(45))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已保存"));

        type(second, "teacher:title", "高级教师");
        second.findElement(By.id("teacher:save")).click();
        new WebDriverWait(second, Duration.ofSeconds(45))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "linxiang"));
        assertTrue(second.findElement(By.id("pageMessages")).getText().contains("一级教师"), "shows the other's change");
        Browser.screenshot(second, "teacher-concurrent-edit");

        String title = Json.createReader(new StringReader(
                        Api.as(base, "principal").get("/api/v1/teachers/" + id).body()))
                .readObject()
                .getString("title");
        assertTrue(title.equals("一级教师"), "nothing overwritten: " + title);
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private List<String> waitForRows(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(45))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".teacher-school")));
        return browser.findElements(By.cssSelector(".teacher-school")).stream()
                .map(WebElement::getText)
                .distinct()
                .toList();
    }
}
