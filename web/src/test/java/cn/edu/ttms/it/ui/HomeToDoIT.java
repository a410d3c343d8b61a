package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Every role's home page lists what waits for it (issue 17, item 1): the counts agree with what the
 * API lists for the same account, a new item raises the count by one and moves on to the next role's
 * list when its step is taken, a line leads to the list filtered to those items, the page fits a phone;
 * the project and results pages say what comes next and who takes the step the caller lacks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeToDoIT {

    /** The shipped policy's publication windows (decisions.md, "Project life cycle"). */
    private static final Set<Month> WINDOWS = Set.of(Month.MARCH, Month.SEPTEMBER);

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
    void eachRolesToDoCountsAreWhatTheApiListsForTheSameAccount() throws Exception {
        Map<String, Map<String, String>> byAccount = new LinkedHashMap<>();
        byAccount.put("cityreviewer", Map.of("BATCHES_TO_COUNTERSIGN", "/api/v1/result-batches?status=SIGNED&size=1"));
        byAccount.put("province", Map.of("BATCHES_TO_RECOGNISE", "/api/v1/result-batches?status=REVIEWED&size=1"));
        byAccount.put(
                "lead",
                Map.of(
                        "RESULTS_TO_CONFIRM", "/api/v1/result-batches?status=DRAFT&size=1",
                        "RESULTS_RETURNED", "/api/v1/result-batches?status=RETURNED&size=1"));
        byAccount.put("principal", Map.of("RESULTS_TO_CONFIRM", "/api/v1/result-batches?status=DRAFT&size=1"));
        byAccount.put("city", Map.of());
        byAccount.put("linxiang", Map.of());
        byAccount.put("admin", Map.of());
        for (var account : byAccount.entrySet()) {
            String username = account.getKey();
            browser = Browser.signedIn(base, username);
            Map<String, Long> shown = toDos();
            Browser.screenshot(browser, "home-" + username);
            assertFalse(shown.isEmpty(), username + " has a to-do list");
            for (var kind : account.getValue().entrySet()) {
                long listed = total(Api.as(base, username).get(kind.getValue()));
                assertEquals(listed, shown.get(kind.getKey()), username + " " + kind.getKey() + " " + shown);
            }
            long unread = json(Api.as(base, username).get("/api/v1/notifications?size=1"))
                    .getJsonNumber("unread")
                    .longValue();
            assertEquals(unread, shown.get("UNREAD_NOTICES"), username + " unread notices " + shown);
            browser.quit();
            browser = null;
        }
    }

    @Test
    void theTeachersListCountsTheirOwnApplicationsAndNotices() throws Exception {
        browser = Browser.signedIn(base, "teacher");
        Map<String, Long> shown = toDos();
        Browser.screenshot(browser, "home-teacher");
        assertTrue(shown.containsKey("PROJECTS_OPEN_TO_ME"), shown.toString());
        assertTrue(shown.containsKey("MY_APPLICATIONS_WAITING"), shown.toString());
        assertFalse(shown.containsKey("APPLICATIONS_TO_APPROVE"), "a teacher approves nothing: " + shown);
        long unread = json(Api.as(base, "teacher").get("/api/v1/notifications?size=1"))
                .getJsonNumber("unread")
                .longValue();
        assertEquals(unread, shown.get("UNREAD_NOTICES"));
        browser.findElement(By.cssSelector("#todo-PROJECTS_OPEN_TO_ME a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/app/me/projects"));
    }

    @Test
    void aNewDraftCountsForTheBureauAndOnceSubmittedForItsReviewer() throws Exception {
        long before = countOf("city", "DRAFTS_TO_SUBMIT");
        long reviewerBefore = countOf("cityreviewer", "PROJECTS_TO_APPROVE");
        String path = newCityDraft("待办计数");
        assertEquals(before + 1, countOf("city", "DRAFTS_TO_SUBMIT"), "the new draft waits to be submitted");

        assertEquals(200, step("city", path, "SUBMIT").statusCode());
        assertEquals(before, countOf("city", "DRAFTS_TO_SUBMIT"), "submitted: no longer the staff's to-do");
        assertEquals(reviewerBefore + 1, countOf("cityreviewer", "PROJECTS_TO_APPROVE"), "now the reviewer's");

        // the reviewer's line leads to the project list filtered to submitted projects, the new one among them
        browser = Browser.signedIn(base, "cityreviewer");
        browser.findElement(By.cssSelector("#todo-PROJECTS_TO_APPROVE a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("status=SUBMITTED"));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("catalogue:projects")));
        assertEquals(
                "SUBMITTED",
                ((JavascriptExecutor) browser)
                        .executeScript("return document.getElementById('catalogue:status_input').value;"),
                "the list opens filtered by the status");
        assertTrue(
                browser.findElement(By.id("catalogue:projects")).getText().contains("待办计数"),
                "the new project is in the filtered list");
    }

    @Test
    void aClassThatHasEndedWithoutResultsIsTheLeadsToDoByNameUntilItsResultsAreOpened() throws Exception {
        cn.edu.ttms.it.api.ResultScenario rs = new cn.edu.ttms.it.api.ResultScenario(base);
        String name = "结课待报成绩" + System.nanoTime() % 1_000_000;
        long plan = rs.plan("city", 2023);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(cn.edu.ttms.it.api.ResultScenario.project(
                        plan, name, "MUNICIPAL", "DIRECTIVE", "1.2", 3, "2023-05-12", "2023-05-14")));
        browser = Browser.signedIn(base, "lead");
        long before = toDos().get("RESULTS_DUE");
        assertFalse(dueNames().contains(name), "enrolling: not due yet");

        rs.start("city", project);
        browser.get(base + "app/home.xhtml");
        assertEquals(before + 1, toDos().get("RESULTS_DUE"), "running and ended: the lead's results are due");
        assertTrue(dueNames().contains(name + "（2023-05-14 结束）"), dueNames());
        Browser.screenshot(browser, "home-lead-results-due");
        // the name leads to the project, where the lead opens the results
        browser.findElement(By.partialLinkText(name)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("id=" + project));

        HttpResponse<String> opened =
                Api.as(base, "lead").post("/api/v1/result-batches", "{\"projectId\":" + project + "}");
        assertEquals(201, opened.statusCode(), opened.body());
        browser.get(base + "app/home.xhtml");
        assertEquals(before, toDos().get("RESULTS_DUE"), "its results are open: no longer due");
        assertFalse(dueNames().contains(name), dueNames());
        // the city's staff do not have the line: it is the host's work
        browser.quit();
        browser = Browser.signedIn(base, "city");
        assertFalse(toDos().containsKey("RESULTS_DUE"), "a bureau's staff enter no results");
    }

    private String dueNames() {
        List<WebElement> items = browser.findElements(By.cssSelector("#todo-RESULTS_DUE .ttms-todo-items"));
        return items.isEmpty() ? "" : items.get(0).getText();
    }

    @Test
    void theCountersignLineLeadsToTheSignedBatchesOnly() throws Exception {
        browser = Browser.signedIn(base, "cityreviewer");
        long count = toDos().get("BATCHES_TO_COUNTERSIGN");
        browser.findElement(By.cssSelector("#todo-BATCHES_TO_COUNTERSIGN a")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlContains("status=SIGNED"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batchList:batches")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#batchList\\:batches tr.batch-row"));
        assertEquals(Math.min(count, 20), rows.size(), "one row per batch waiting (first page)");
        assertTrue(
                rows.stream().allMatch(r -> r.getDomAttribute("class").contains("batch-SIGNED")),
                "only signed batches");
    }

    @Test
    void theHomePageFitsAPhone() {
        for (String username : List.of("city", "teacher")) {
            browser = Browser.signedIn(base, username);
            ((ChromeDriver) browser)
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
            browser.get(base + "app/home.xhtml");
            Map<String, Long> shown = toDos();
            assertFalse(shown.isEmpty());
            Browser.screenshot(browser, "home-phone-" + username);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            long width = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
            assertTrue(width <= 390, username + ": the home page is " + width + " px wide on a 390 px screen");
            browser.quit();
            browser = null;
        }
    }

    @Test
    void theProjectPageSaysWhoActsNextAfterSubmissionAndOutsideThePublicationWindow() throws Exception {
        String path = newCityDraft("下一步说明");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertEquals(200, step("city", path, "SUBMIT").statusCode());

        browser = Browser.signedIn(base, "city");
        openProject(id);
        String note = browser.findElement(By.id("nextStep")).getText();
        assertTrue(note.contains("等待临沧市的教育局审核人审批"), note);
        assertTrue(browser.findElements(By.cssSelector(".step-APPROVE")).isEmpty(), "staff do not approve");
        assertFalse(browser.findElements(By.cssSelector(".step-CANCEL")).isEmpty(), "staff may cancel");

        assertEquals(200, step("cityreviewer", path, "APPROVE").statusCode());
        openProject(id);
        note = browser.findElement(By.id("nextStep")).getText();
        boolean open = WINDOWS.contains(LocalDate.now().getMonth());
        assertTrue(note.contains("发布窗口为每年3、9月"), note);
        if (open) {
            assertFalse(browser.findElements(By.cssSelector(".step-PUBLISH")).isEmpty(), "in the window staff publish");
            assertTrue(browser.findElements(By.id("nextStepYours")).size() == 1, note);
        } else {
            assertTrue(browser.findElements(By.cssSelector(".step-PUBLISH")).isEmpty(), "no publish button now");
            assertTrue(note.contains("窗口外只有系统管理员可发布"), note);
            Browser.screenshot(browser, "project-publish-outside-window");
            Map<String, Long> home = toDos();
            assertTrue(home.get("PROJECTS_TO_PUBLISH") >= 1, home.toString());
            String line = browser.findElement(By.cssSelector("#todo-PROJECTS_TO_PUBLISH .ttms-todo-note"))
                    .getText();
            assertTrue(line.contains("窗口外只有系统管理员可发布"), "the home page says so too: " + line);
        }
        browser.quit();
        browser = Browser.signedIn(base, "admin");
        openProject(id);
        assertFalse(
                browser.findElements(By.cssSelector(".step-PUBLISH")).isEmpty(), "an administrator publishes anytime");
    }

    @Test
    void theResultsPageSaysWhoSignsNext() throws Exception {
        JsonObject list = json(Api.as(base, "city").get("/api/v1/result-batches?status=SIGNED&size=1"));
        assertFalse(list.getJsonArray("items").isEmpty(), "the demo data has a batch the lead signed");
        long batch =
                list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        browser = Browser.signedIn(base, "city");
        browser.get(base + "app/results/batch.xhtml?id=" + batch);
        String note = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("nextSignature")))
                .getText();
        assertTrue(note.contains("审核人签名审核通过"), note);
        assertTrue(browser.findElements(By.id("actionsForm:signButton")).isEmpty(), "staff do not countersign");
        assertTrue(browser.findElements(By.id("nextSignatureYours")).isEmpty());
        browser.quit();

        browser = Browser.signedIn(base, "cityreviewer");
        browser.get(base + "app/results/batch.xhtml?id=" + batch);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("nextSignatureYours")));
        assertFalse(browser.findElements(By.id("actionsForm:signButton")).isEmpty(), "the reviewer signs");
    }

    // ---------------------------------------------------------------------------------------------

    /** The to-do lines of the home page the browser shows (it goes there first): kind → count. */
    private Map<String, Long> toDos() {
        if (!browser.getCurrentUrl().contains("/app/home")) {
            browser.get(base + "app/home.xhtml");
        }
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("toDo")));
        Map<String, Long> shown = new LinkedHashMap<>();
        for (WebElement li : browser.findElements(By.cssSelector("li.ttms-todo-item"))) {
            shown.put(
                    li.getDomAttribute("id").substring("todo-".length()),
                    Long.valueOf(li.getDomAttribute("data-count")));
        }
        return shown;
    }

    /** One kind's count on an account's home page, in a browser of its own. */
    private long countOf(String username, String kind) {
        WebDriver own = Browser.signedIn(base, username);
        WebDriver mine = browser;
        try {
            browser = own;
            Long count = toDos().get(kind);
            assertTrue(count != null, username + " has no line " + kind);
            return count;
        } finally {
            browser = mine;
            own.quit();
        }
    }

    private void openProject(long id) {
        browser.get(base + "app/projects/view.xhtml?id=" + id);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("nextStep")));
    }

    /** A new draft of the city bureau, in a plan of its own: the path of the project in the API. */
    private String newCityDraft(String name) throws Exception {
        String unique = name + System.nanoTime();
        JsonObject plan =
                json(Api.as(base, "city").post("/api/v1/plans", "{\"year\":2060,\"name\":\"" + unique + "\"}"), 201);
        String body = Json.createObjectBuilder()
                .add("planId", plan.getJsonNumber("id").longValue())
                .add("name", unique)
                .add("level", "MUNICIPAL")
                .add("selection", "DIRECTIVE")
                .add("capacity", 40)
                .add(
                        "stages",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("form", "LOCAL_CONCENTRATED")
                                        .add("daysLocal", 2)
                                        .add("daysTotal", 2)
                                        .add("trainees", 40)))
                .build()
                .toString();
        JsonObject draft = json(Api.as(base, "city").post("/api/v1/projects", body), 201);
        return "/api/v1/projects/" + draft.getJsonNumber("id").longValue();
    }

    private HttpResponse<String> step(String user, String path, String action) throws Exception {
        return Api.as(base, user).post(path + "/transitions", "{\"action\":\"" + action + "\"}");
    }

    private static long total(HttpResponse<String> r) {
        return json(r).getJsonNumber("total").longValue();
    }

    private static JsonObject json(HttpResponse<String> r) {
        return json(r, 200);
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
