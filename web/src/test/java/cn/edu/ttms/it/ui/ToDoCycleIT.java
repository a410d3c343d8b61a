package cn.edu.ttms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.it.api.Api;
import cn.edu.ttms.it.api.ResultScenario;
import cn.edu.ttms.it.api.Scenario;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The daily cycle walked in a real browser (issue 17, "done when"): each role starts from its home
 * page's to-do list, follows the line to the page it leads to, takes its step there, and the next
 * role's line counts one more. The city creates a project in a plan of its own and submits it; the
 * reviewer approves it; it is published (by the city in a publication window, else by the
 * administrator with a reason); the city opens its enrolment; the principal nominates several
 * teachers at once; the teacher applies on a phone and the county approves; the city starts the
 * class; the lead enters the results in the grid and signs; the reviewer countersigns and the
 * province recognises from their lists; the teacher sees the credits on a phone. Only the set-up
 * outside the cycle (the plan, the school's teachers, the signers' PIN) is done otherwise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToDoCycleIT {

    /** The shipped policy's publication windows (decisions.md, "Project life cycle"). */
    private static final Set<Month> WINDOWS = Set.of(Month.MARCH, Month.SEPTEMBER);

    /** The demo signing PIN (README, demo accounts), enrolled again so an earlier test's PIN does not matter. */
    private static final String PIN = "123456";

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void everyRoleTakesItsStepFromItsToDoListThroughOneFullCycle() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        Scenario scenario = new Scenario(base);
        long unique = System.nanoTime() % 1_000_000;
        String name = "待办全流程" + unique;
        String planName = "2062年待办全流程计划" + unique;
        Scenario.json(Api.as(base, "city").post("/api/v1/plans", "{\"year\":2062,\"name\":\"" + planName + "\"}"), 201);
        String school = Scenario.json(Api.as(base, "principal").get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getString("name");
        String subject = "周期" + unique;
        scenario.freshTeachers(
                List.of(school),
                3,
                System.nanoTime(),
                subject,
                List.of(SchoolStage.PRIMARY, SchoolStage.PRIMARY, SchoolStage.PRIMARY));
        for (String signer : List.of("lead", "cityreviewer", "province")) {
            enrolPin(signedIn(signer));
        }

        // 1. the city creates the project (self-selected, led by the demo lead) and its draft is a to-do
        WebDriver city = signedIn("city");
        WebDriverWait cwait = waitFor(city);
        long drafts = toDos(city).get("DRAFTS_TO_SUBMIT");
        city.findElement(By.id("nav-projects")).click();
        cwait.until(ExpectedConditions.elementToBeClickable(By.id("newProject")))
                .click();
        cwait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(planName)))
                .click();
        cwait.until(ExpectedConditions.presenceOfElementLocated(By.id("project:name")))
                .sendKeys(name);
        // not 市级: the demo teacher holds an undated municipal enrolment, and an undated enrolment
        // overlaps every period (Enrolment.overlaps), so one project a level at a time refuses a second
        choose(city, "project:level", "NATIONAL");
        choose(city, "project:selection", "SELF_SELECTED");
        choose(city, "project:hostId", String.valueOf(rs.organisationOf("lead")));
        choose(city, "project:leadId", String.valueOf(ResultScenario.accountId("lead")));
        city.findElement(By.id("project:creditRate")).sendKeys("1.2");
        city.findElement(By.id("project:capacity")).sendKeys("10");
        // 合计 is derived from its parts as they are typed (issue 17 item 4), re-rendering the field
        city.findElement(By.id("project:stages:0:daysLocal")).sendKeys("3", Keys.TAB);
        cwait.until(ExpectedConditions.attributeToBe(By.id("project:stages:0:daysTotal"), "value", "3"));
        city.findElement(By.id("project:stages:0:trainees")).sendKeys("10");
        city.findElement(By.id("project:stages:0:start_input")).sendKeys("2062-05-12", Keys.ESCAPE);
        city.findElement(By.id("project:stages:0:end_input")).sendKeys("2062-05-14", Keys.ESCAPE);
        city.findElement(By.id("project:save")).click();
        cwait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "草稿"));
        Browser.screenshot(city, "cycle-01-city-draft");
        String projectUrl = city.getCurrentUrl();
        long project = Long.parseLong(projectUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject created = Scenario.json(Api.as(base, "city").get("/api/v1/projects/" + project), 200);
        assertEquals("SELF_SELECTED", created.getString("selection"), created.toString());
        assertEquals("NATIONAL", created.getString("level"), created.toString());
        assertEquals(drafts + 1, toDos(city).get("DRAFTS_TO_SUBMIT"), "the new draft waits to be submitted");

        // 2. the city submits it from its to-do line; it moves to the reviewer's list
        long toApprove = countOf("cityreviewer", "PROJECTS_TO_APPROVE");
        openProjectFromToDo(city, "DRAFTS_TO_SUBMIT", "DRAFT", name);
        step(city, "SUBMIT", "已申报");
        assertEquals(drafts, toDos(city).get("DRAFTS_TO_SUBMIT"), "submitted: no longer the staff's to-do");

        // 3. the reviewer approves it from its list
        WebDriver reviewer = signedIn("cityreviewer");
        assertEquals(toApprove + 1, toDos(reviewer).get("PROJECTS_TO_APPROVE"), "now the reviewer's");
        openProjectFromToDo(reviewer, "PROJECTS_TO_APPROVE", "SUBMITTED", name);
        step(reviewer, "APPROVE", "已审批");
        assertEquals(toApprove, toDos(reviewer).get("PROJECTS_TO_APPROVE"));

        // 4. publication: the city's staff inside the windows, the administrator outside them, with a reason
        boolean inWindow = WINDOWS.contains(LocalDate.now().getMonth());
        Map<String, Long> cityHome = toDos(city);
        assertTrue(cityHome.get("PROJECTS_TO_PUBLISH") >= 1, cityHome.toString());
        if (inWindow) {
            openProjectFromToDo(city, "PROJECTS_TO_PUBLISH", "APPROVED", name);
            step(city, "PUBLISH", "已发布");
        } else {
            String note = city.findElement(By.cssSelector("#todo-PROJECTS_TO_PUBLISH .ttms-todo-note"))
                    .getText();
            assertTrue(note.contains("窗口外只有系统管理员可发布"), "the city is told who publishes now: " + note);
            Browser.screenshot(city, "cycle-02-city-outside-window");
            WebDriver admin = signedIn("admin");
            long toPublish = toDos(admin).get("PROJECTS_TO_PUBLISH");
            assertTrue(toPublish >= 1, "the administrator's list has it");
            openProjectFromToDo(admin, "PROJECTS_TO_PUBLISH", "APPROVED", name);
            WebDriverWait await = waitFor(admin);
            await.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".step-PUBLISH")))
                    .click();
            await.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps:reason")))
                    .sendKeys("年度计划调整，窗口外发布");
            admin.findElement(By.id("steps:confirm")).click();
            await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "已发布"));
            assertEquals(toPublish - 1, toDos(admin).get("PROJECTS_TO_PUBLISH"), "published: off the list");
        }

        // 5. the city opens the enrolment from its list
        openProjectFromToDo(city, "ENROLMENT_TO_OPEN", "PUBLISHED", name);
        step(city, "OPEN_ENROLMENT", "报名中");

        // 6. the principal nominates the school's three teachers of the subject at once
        WebDriver principal = signedIn("principal");
        WebDriverWait pwait = waitFor(principal);
        principal.get(base + "app/projects/view.xhtml?id=" + project);
        pwait.until(ExpectedConditions.elementToBeClickable(By.id("nominate:nominateMany")))
                .click();
        pwait.until(ExpectedConditions.presenceOfElementLocated(By.id("nominateForm:subject")))
                .sendKeys(subject);
        principal.findElement(By.id("nominateForm:filter")).click();
        pwait.until(d -> rows(d, "nominateForm:teachers").size() == 3);
        principal
                .findElement(By.cssSelector("[id='nominateForm:teachers'] thead .ui-chkbox-box"))
                .click();
        pwait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nominateForm:chosenCount"), "已选 3 名"));
        principal.findElement(By.id("nominateForm:check")).click();
        pwait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已选派 3 名"));
        Browser.screenshot(principal, "cycle-03-principal-nominates");

        // 7. the teacher applies on a phone from the line of projects open to them
        WebDriver teacher = onAPhone("teacher");
        WebDriverWait twait = waitFor(teacher);
        long waiting = toDos(teacher).get("MY_APPLICATIONS_WAITING");
        teacher.findElement(By.cssSelector("#todo-PROJECTS_OPEN_TO_ME a")).click();
        twait.until(ExpectedConditions.urlContains("/app/me/projects"));
        WebElement offered = rowPaging(teacher, "open:projects", name);
        ((JavascriptExecutor) teacher).executeScript("arguments[0].scrollIntoView({block:'center'})", offered);
        offered.findElement(By.cssSelector(".apply-button")).click();
        twait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "请等待审核"));
        Browser.screenshot(teacher, "cycle-04-teacher-applies-phone");
        assertFits(teacher);
        assertEquals(waiting + 1, toDos(teacher).get("MY_APPLICATIONS_WAITING"), "the application waits");

        // 8. the county approves it from its list
        WebDriver county = signedIn("linxiang");
        WebDriverWait lwait = waitFor(county);
        long applications = toDos(county).get("APPLICATIONS_TO_APPROVE");
        assertTrue(applications >= 1, "the county has the application to approve");
        county.findElement(By.cssSelector("#todo-APPLICATIONS_TO_APPROVE a")).click();
        rowPaging(county, "pending:applications", name)
                .findElement(By.cssSelector(".approve-button"))
                .click();
        lwait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "已同意"));
        assertEquals(applications - 1, toDos(county).get("APPLICATIONS_TO_APPROVE"));
        assertEquals(waiting, toDos(teacher).get("MY_APPLICATIONS_WAITING"), "no longer waiting");
        assertEquals(
                4,
                Scenario.json(Api.as(base, "city").get("/api/v1/projects/" + project + "/roster"), 200)
                        .getInt("total"),
                "three nominated, one applied");

        // 9. the class starts (the city's step on the project page)
        city.get(projectUrl);
        step(city, "START", "培训中");

        // 10. the lead enters the results in the grid and signs with the PIN: the reviewer's line counts it
        long toCountersign = countOf("cityreviewer", "BATCHES_TO_COUNTERSIGN");
        WebDriver lead = signedIn("lead");
        WebDriverWait dwait = waitFor(lead);
        lead.findElement(By.id("nav-projects")).click();
        dwait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalogue:q")))
                .sendKeys(name);
        lead.findElement(By.id("catalogue:search")).click();
        clickWhenSettled(lead, By.linkText(name));
        dwait.until(ExpectedConditions.elementToBeClickable(By.id("steps:resultsLink")))
                .click();
        dwait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batchStatus"), "录入中"));
        for (int i = 0; i < 4; i++) {
            editScore(lead, dwait, i, "85");
        }
        lead.findElement(By.id("batchForm:saveResults")).click();
        // the saved rows' credits, computed by the policy (the preview shows 0 until then)
        ajaxDone(dwait);
        dwait.until(d -> {
            String shown = d.findElement(By.cssSelector("tr[data-ri='0'] .result-credits"))
                    .getText()
                    .strip();
            return !shown.isEmpty() && !shown.equals("0");
        });
        String credits = lead.findElement(By.cssSelector("tr[data-ri='0'] .result-credits"))
                .getText()
                .strip();
        assertEquals("25.92", credits, "18 h × 1.2 × 1.2 for a score of 85");
        Browser.screenshot(lead, "cycle-05-lead-results");
        sign(lead, dwait, "项目负责人已确认");

        // 11. the reviewer countersigns from its list
        long toRecognise = countOf("province", "BATCHES_TO_RECOGNISE");
        assertEquals(toCountersign + 1, toDos(reviewer).get("BATCHES_TO_COUNTERSIGN"), "the signed batch waits");
        openBatchFromToDo(reviewer, "BATCHES_TO_COUNTERSIGN", "SIGNED", name);
        WebDriverWait rwait = waitFor(reviewer);
        rwait.until(ExpectedConditions.elementToBeClickable(By.id("actionsForm:verifyButton")))
                .click();
        rwait.until(ExpectedConditions.attributeToBe(By.id("verificationStatus"), "data-status", "VALID"));
        sign(reviewer, rwait, "已审核");
        assertEquals(toCountersign, toDos(reviewer).get("BATCHES_TO_COUNTERSIGN"));

        // 12. the province recognises from its list
        WebDriver province = signedIn("province");
        assertEquals(toRecognise + 1, toDos(province).get("BATCHES_TO_RECOGNISE"), "now the province's");
        openBatchFromToDo(province, "BATCHES_TO_RECOGNISE", "REVIEWED", name);
        sign(province, waitFor(province), "已认定");
        Browser.screenshot(province, "cycle-06-province-recognised");
        assertEquals(toRecognise, toDos(province).get("BATCHES_TO_RECOGNISE"));

        // 13. the teacher sees the recognised credits in 我的培训档案 on the phone
        toDos(teacher);
        WebElement archive = teacher.findElement(By.id("nav-archive"));
        ((JavascriptExecutor) teacher).executeScript("arguments[0].scrollIntoView({block:'center'})", archive);
        archive.click();
        twait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("archiveEntries"), name));
        WebElement entry = teacher.findElement(By.xpath("//*[@id='archiveEntries']//tr[contains(., '" + name + "')]"));
        ((JavascriptExecutor) teacher).executeScript("arguments[0].scrollIntoView({block:'center'})", entry);
        assertTrue(entry.getText().contains(credits) && entry.getText().contains("已认定"), entry.getText());
        Browser.screenshot(teacher, "cycle-07-teacher-archive-phone");
        assertFits(teacher);
    }

    // ------------------------------------------------------------------------------- the to-do lists

    /** The to-do lines of the browser's home page (it goes there): kind → count. */
    private Map<String, Long> toDos(WebDriver browser) {
        browser.get(base + "app/home.xhtml");
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("toDo")));
        Map<String, Long> shown = new LinkedHashMap<>();
        for (WebElement li : browser.findElements(By.cssSelector("li.ttms-todo-item"))) {
            shown.put(
                    li.getDomAttribute("id").substring("todo-".length()),
                    Long.valueOf(li.getDomAttribute("data-count")));
        }
        return shown;
    }

    /**
     * Publication inside the window, whatever the month the suite runs in: the windows are the policy's
     * data, so a county of its own gets a policy version whose windows are every month; its staff then
     * publish their approved project themselves, from their to-do list, with no note about a shut window.
     */
    @Test
    void aBureauPublishesItsOwnProjectInsideItsPublicationWindow() throws Exception {
        long unique = System.nanoTime() % 1_000_000;
        long city = Scenario.json(Api.as(base, "city").get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
        Api admin = Api.as(base, "admin");
        long county = Scenario.json(
                        admin.post(
                                "/api/v1/organisations",
                                "{\"parentId\":" + city + ",\"kind\":\"COUNTY\",\"name\":\"窗口县" + unique + "\"}"),
                        201)
                .getJsonNumber("id")
                .longValue();
        JsonObject policies = Scenario.json(admin.get("/api/v1/credit-policies?size=500"), 200);
        int shipped = policies.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.isNull("jurisdiction"))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        JsonObject rules = Scenario.json(admin.get("/api/v1/credit-policies/" + shipped), 200)
                .getJsonObject("rules");
        jakarta.json.JsonArrayBuilder everyMonth = jakarta.json.Json.createArrayBuilder();
        for (int m = 1; m <= 12; m++) {
            everyMonth.add(Month.of(m).name());
        }
        Scenario.json(
                admin.post(
                        "/api/v1/credit-policies",
                        jakarta.json.Json.createObjectBuilder()
                                .add("basedOn", shipped)
                                .add("name", "窗口县" + unique + "继续教育学分办法")
                                .add("jurisdictionId", county)
                                .add("effectiveFrom", "2020-01-01")
                                .add(
                                        "rules",
                                        jakarta.json.Json.createObjectBuilder(rules)
                                                .add("publicationMonths", everyMonth))
                                .build()
                                .toString()),
                201);
        String staff = "wnd" + unique;
        String otp = Scenario.json(
                        admin.post(
                                "/api/v1/accounts",
                                "{\"username\":\"" + staff + "\",\"displayName\":\"窗口县 李干事\",\"organisationId\":"
                                        + county + ",\"roles\":[\"BUREAU_STAFF\"]}"),
                        201)
                .getString("initialPassword");
        assertEquals(
                204,
                Api.as(base, staff, otp)
                        .post(
                                "/api/v1/me/password",
                                "{\"current\":\"" + otp + "\",\"next\":\"" + Api.DEMO_PASSWORD + "\"}")
                        .statusCode());
        Api countyStaff = Api.as(base, staff);
        long plan = Scenario.json(
                        countyStaff.post("/api/v1/plans", "{\"year\":2062,\"name\":\"2062年窗口县计划" + unique + "\"}"), 201)
                .getJsonNumber("id")
                .longValue();
        String name = "窗口内发布" + unique;
        long project = Scenario.json(
                        countyStaff.post(
                                "/api/v1/projects",
                                ResultScenario.project(
                                                plan, name, "COUNTY", "DIRECTIVE", "1.0", 2, "2062-05-12", "2062-05-13")
                                        .build()
                                        .toString()),
                        201)
                .getJsonNumber("id")
                .longValue();
        String path = "/api/v1/projects/" + project + "/transitions";
        Scenario.json(countyStaff.post(path, "{\"action\":\"SUBMIT\"}"), 200);
        Scenario.json(Api.as(base, "cityreviewer").post(path, "{\"action\":\"APPROVE\"}"), 200);

        WebDriver browser = signedIn(staff);
        Map<String, Long> home = toDos(browser);
        assertEquals(1L, home.get("PROJECTS_TO_PUBLISH"), home.toString());
        assertTrue(
                browser.findElements(By.cssSelector("#todo-PROJECTS_TO_PUBLISH .ttms-todo-note"))
                        .isEmpty(),
                "inside the window: no word about a shut one");
        openProjectFromToDo(browser, "PROJECTS_TO_PUBLISH", "APPROVED", name);
        step(browser, "PUBLISH", "已发布");
        Browser.screenshot(browser, "cycle-02b-county-publishes-in-window");
        assertEquals(
                "PUBLISHED",
                Scenario.json(countyStaff.get("/api/v1/projects/" + project), 200)
                        .getString("status"));
        assertEquals(0L, toDos(browser).get("PROJECTS_TO_PUBLISH"), "published: off the list");
    }

    /** One kind's count on an account's home page, in a browser of its own. */
    private long countOf(String username, String kind) {
        WebDriver own = Browser.signedIn(base, username);
        try {
            Long count = toDos(own).get(kind);
            assertTrue(count != null, username + " has no line " + kind);
            return count;
        } finally {
            own.quit();
        }
    }

    /** From the home page: the to-do line, the project list it opens (filtered by status), the project. */
    private void openProjectFromToDo(WebDriver browser, String kind, String status, String name) {
        toDos(browser);
        WebDriverWait wait = waitFor(browser);
        browser.findElement(By.cssSelector("#todo-" + kind + " a")).click();
        wait.until(ExpectedConditions.urlContains("status=" + status));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalogue:q")))
                .sendKeys(name);
        browser.findElement(By.id("catalogue:search")).click();
        clickWhenSettled(browser, By.linkText(name));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("projectStatus")));
    }

    /** From the home page: the to-do line, the batch list it opens (filtered by status), the batch. */
    private void openBatchFromToDo(WebDriver browser, String kind, String status, String name) {
        toDos(browser);
        WebDriverWait wait = waitFor(browser);
        browser.findElement(By.cssSelector("#todo-" + kind + " a")).click();
        wait.until(ExpectedConditions.urlContains("status=" + status));
        WebElement row = rowPaging(browser, "batchList:batches", name);
        assertTrue(row.getDomAttribute("class").contains("batch-" + status), row.getDomAttribute("class"));
        row.findElement(By.cssSelector("a.batch-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batchStatus")));
    }

    /**
     * Clicks what the search's answer shows: the list may already show it before the answer replaces
     * the table, so waits for the answer and clicks again if the table was replaced under the click.
     */
    private static void clickWhenSettled(WebDriver browser, By what) {
        WebDriverWait wait = waitFor(browser);
        ajaxDone(wait);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(what).click();
            return true;
        });
    }

    /** The row of a paged table naming {@code text}, turning its pages until it shows. */
    private static WebElement rowPaging(WebDriver browser, String table, String text) {
        WebDriverWait wait = waitFor(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(table)));
        By row = By.xpath("//tbody[@id='" + table + "_data']/tr[contains(., '" + text + "')]");
        for (int page = 0; page < 30; page++) {
            List<WebElement> found = browser.findElements(row);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> next = browser.findElements(
                    By.cssSelector("[id='" + table + "'] .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                break;
            }
            WebElement first = browser.findElements(By.cssSelector("tbody[id='" + table + "_data'] > tr"))
                    .get(0);
            next.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(first));
            ajaxDone(wait);
        }
        throw new AssertionError(table + " does not list " + text);
    }

    // ------------------------------------------------------------------------------- the pages' steps

    private static void step(WebDriver browser, String action, String statusAfter) {
        WebDriverWait wait = waitFor(browser);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".step-" + action)))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), statusAfter));
    }

    /**
     * Chooses a value of a PrimeFaces menu on a form that is sent whole (ajax off): the value goes in
     * the menu's own select element, which is what the form sends.
     */
    private static void choose(WebDriver browser, String menu, String value) {
        Object chosen = ((JavascriptExecutor) browser)
                .executeScript(
                        "const s = document.getElementById(arguments[0] + '_input'); s.value = arguments[1];"
                                + " s.dispatchEvent(new Event('change')); return s.value;",
                        menu,
                        value);
        assertEquals(value, chosen, menu + " offers " + value);
    }

    private void enrolPin(WebDriver browser) {
        browser.get(base + "app/me/signing.xhtml");
        WebDriverWait wait = waitFor(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pinForm:newPin")))
                .sendKeys(PIN);
        browser.findElement(By.id("pinForm:repeatPin")).sendKeys(PIN);
        browser.findElement(By.id("pinForm:enrolPin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateSubject")));
    }

    private static void editScore(WebDriver browser, WebDriverWait wait, int row, String score) {
        ajaxDone(wait);
        WebElement shown =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batchForm:grid:" + row + ":scoreText")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", shown);
        shown.findElement(By.xpath("ancestor::td[1]")).click();
        WebElement input =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batchForm:grid:" + row + ":score")));
        input.clear();
        input.sendKeys(score, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("batchForm:grid:" + row + ":scoreText"), score));
        ajaxDone(wait);
    }

    private static void sign(WebDriver browser, WebDriverWait wait, String statusAfter) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("actionsForm:signButton")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signForm:pinInput")))
                .sendKeys(PIN);
        browser.findElement(By.id("signForm:confirmSign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batchStatus"), statusAfter));
    }

    /** Waits until PrimeFaces has no request in flight. */
    private static void ajaxDone(WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    // ------------------------------------------------------------------------------- browsers

    private WebDriver signedIn(String username) {
        WebDriver browser = Browser.signedIn(base, username);
        browsers.add(browser);
        return browser;
    }

    /** Signs in, then makes the page's viewport a phone's (as PhoneLayoutIT). */
    private WebDriver onAPhone(String username) {
        WebDriver browser = signedIn(username);
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }

    private static void assertFits(WebDriver browser) {
        long width = ((Number)
                        ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;"))
                .longValue();
        assertTrue(width <= PHONE_WIDTH, browser.getCurrentUrl() + " is " + width + " px wide on a phone");
        assertFalse(browser.getCurrentUrl().contains("login"), "still signed in");
    }

    /** A wait that looks again when Ajax replaced the element it was reading (the form re-renders fields). */
    private static WebDriverWait waitFor(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static List<WebElement> rows(WebDriver browser, String table) {
        return browser.findElements(By.cssSelector("tbody[id='" + table + "_data'] > tr[data-ri]"));
    }
}
