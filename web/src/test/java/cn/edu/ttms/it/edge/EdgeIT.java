package cn.edu.ttms.it.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import cn.edu.ttms.it.api.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Findings 1 and 6 of the security review (issue 14) over real HTTP: numbers out of range are
 * refused before any arithmetic, and every error of the API is a problem document in the caller's
 * language that names what is wrong and nothing of the server's insides; pages fail into the
 * application's own pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EdgeIT {

    private static final String CALCULATE = "/api/v1/credits/calculate";

    @ArquillianResource
    URL base;

    /** Finding 1: {@code 1e999999} hours once ran for minutes inside stripTrailingZeros. */
    @Test
    void absurdHoursAreRefusedAtOnceNamingTheFieldAndTheRange() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = Api.as(base, "teacher")
                .post(
                        CALCULATE,
                        "{\"level\":\"COUNTY\",\"form\":\"LOCAL_CONCENTRATED\",\"hours\":1e999999,\"creditRate\":1.2,\"score\":85}");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertProblem(r, 422);
        assertTrue(r.body().contains("hours") && r.body().contains("0 到 9999.9"), r.body());
        assertTrue(
                r.body().length() < 2_000, "no million-digit echo: " + r.body().length());
        assertTrue(millis < 5_000, "answered in " + millis + " ms");
    }

    /** Finding 1: {@code 1e100000} once answered 200 with a 100,001-digit {@code credits}. */
    @Test
    void largeButFiniteNumbersAreRefusedToo() throws Exception {
        HttpResponse<String> r = Api.as(base, "teacher")
                .inEnglish()
                .post(
                        CALCULATE,
                        "{\"level\":\"COUNTY\",\"form\":\"LOCAL_CONCENTRATED\",\"hours\":18,\"creditRate\":1e100000,\"score\":85}");
        assertProblem(r, 422);
        assertTrue(r.body().contains("creditRate") && r.body().contains("between 0 and 100"), r.body());
        HttpResponse<String> places = Api.as(base, "teacher")
                .post(
                        CALCULATE,
                        "{\"level\":\"COUNTY\",\"form\":\"LOCAL_CONCENTRATED\",\"hours\":18,\"creditRate\":1.2,\"score\":85.55}");
        assertProblem(places, 422);
        assertTrue(places.body().contains("score") && places.body().contains("1 位小数"), places.body());
        HttpResponse<String> tiny = Api.as(base, "teacher")
                .post(
                        CALCULATE,
                        "{\"level\":\"COUNTY\",\"form\":\"LOCAL_CONCENTRATED\",\"hours\":1e-999999,\"creditRate\":1.2,\"score\":85}");
        assertProblem(tiny, 422);
        HttpResponse<String> lecturing = Api.as(base, "teacher")
                .post(CALCULATE, "{\"kind\":\"LECTURING\",\"level\":\"PROVINCIAL\",\"teachingHours\":-1}");
        assertProblem(lecturing, 422);
        assertTrue(lecturing.body().contains("teachingHours"), lecturing.body());
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        HttpResponse<String> r =
                Api.as(base, "teacher").post(CALCULATE, "{\"level\":\"COUNTY\",\"form\":\"LOCAL_CONCENTRATED\"}");
        assertProblem(r, 422);
        assertTrue(r.body().contains("hours") && r.body().contains("必填"), r.body());
        HttpResponse<String> noLevel = Api.as(base, "teacher").inEnglish().post(CALCULATE, "{\"hours\":18}");
        assertProblem(noLevel, 422);
        assertTrue(noLevel.body().contains("level") && noLevel.body().contains("required"), noLevel.body());
    }

    /** Finding 6: a JSON array body gave an HTML 500. */
    @Test
    void anArrayOrBrokenJsonIsABadRequest() throws Exception {
        HttpResponse<String> array = Api.as(base, "teacher").post(CALCULATE, "[1,2,3]");
        assertProblem(array, 400);
        HttpResponse<String> broken = Api.as(base, "teacher").inEnglish().post(CALCULATE, "{\"level\":");
        assertProblem(broken, 400);
        assertTrue(broken.body().contains("not valid JSON"), broken.body());
        HttpResponse<String> arrayToJsonObject = Api.as(base, "city").post("/api/v1/projects/1/enrolments", "[]");
        assertTrue(
                arrayToJsonObject.statusCode() == 400 || arrayToJsonObject.statusCode() == 422,
                arrayToJsonObject.body());
        assertProblem(arrayToJsonObject, arrayToJsonObject.statusCode());
    }

    /** Finding 6: an unknown enum code leaked "No enum constant cn.edu.ttms…". */
    @Test
    void anUnknownCodeListsTheAllowedOnes() throws Exception {
        HttpResponse<String> body = Api.as(base, "teacher")
                .post(
                        CALCULATE,
                        "{\"level\":\"FOO\",\"form\":\"LOCAL_CONCENTRATED\",\"hours\":18,\"creditRate\":1.2,\"score\":85}");
        assertProblem(body, 422);
        assertTrue(body.body().contains("level") && body.body().contains("COUNTY"), body.body());
        HttpResponse<String> query = Api.as(base, "city").get("/api/v1/projects?level=FOO");
        assertProblem(query, 400);
        assertTrue(query.body().contains("level") && query.body().contains("MUNICIPAL"), query.body());
    }

    /** Finding 6: {@code "teacherId": "abc"} gave an English-only detail. */
    @Test
    void aFieldOfTheWrongKindIsNamedInTheCallersLanguage() throws Exception {
        HttpResponse<String> zh = Api.as(base, "city").post("/api/v1/projects/1/enrolments", "{\"teacherId\":\"abc\"}");
        assertProblem(zh, 422);
        assertTrue(zh.body().contains("teacherId") && zh.body().contains("整数"), zh.body());
        HttpResponse<String> en =
                Api.as(base, "city").inEnglish().post("/api/v1/projects/1/enrolments", "{\"teacherId\":\"abc\"}");
        assertProblem(en, 422);
        assertTrue(en.body().contains("teacherId") && en.body().contains("whole number"), en.body());
    }

    /** Finding 6: non-numeric ids and query values answered the container's "HTTP 404 Not Found". */
    @Test
    void malformedIdsAndQueryValuesAreExplained() throws Exception {
        HttpResponse<String> id = Api.as(base, "city").get("/api/v1/teachers/abc");
        assertProblem(id, 404);
        assertFalse(id.body().contains("HTTP 404"), id.body());
        HttpResponse<String> page = Api.as(base, "city").get("/api/v1/teachers?page=abc");
        assertProblem(page, 400);
        assertTrue(page.body().contains("page") && page.body().contains("整数"), page.body());
        HttpResponse<String> year = Api.as(base, "city").inEnglish().get("/api/v1/projects?year=20x6");
        assertProblem(year, 400);
        assertTrue(year.body().contains("year") && year.body().contains("whole number"), year.body());
        HttpResponse<String> nowhere = Api.as(base, "city").get("/api/v1/no-such-thing");
        assertProblem(nowhere, 404);
    }

    /** Finding 6: {@code page=2147483647&size=500} overflowed to a negative offset and gave the first page. */
    @Test
    void aPageBeyondTheLimitIsRefusedNotWrappedAround() throws Exception {
        HttpResponse<String> r = Api.as(base, "city").get("/api/v1/teachers?page=2147483647&size=500");
        assertProblem(r, 400);
        assertTrue(r.body().contains("page"), r.body());
        HttpResponse<String> size = Api.as(base, "city").get("/api/v1/projects?size=501");
        assertProblem(size, 400);
        assertTrue(size.body().contains("size") && size.body().contains("500"), size.body());
    }

    @Test
    void theContainersOwnRefusalsAreProblemsToo() throws Exception {
        HttpResponse<String> method = Api.as(base, "city").put(CALCULATE, "{}");
        assertProblem(method, 405);
        HttpResponse<String> type = Api.as(base, "city").upload(CALCULATE, "x.csv", "a,b".getBytes());
        assertProblem(type, 415);
        HttpResponse<String> forbidden = Api.as(base, "teacher").get("/api/v1/teachers");
        assertTrue(forbidden.statusCode() == 403 || forbidden.statusCode() == 404, forbidden.body());
        assertProblem(forbidden, forbidden.statusCode());
    }

    /** Finding 6: a teacher opening a staff page got the server's 500 naming EJBAccessException. */
    @Test
    void aPageOutsideOnesRoleIsTheApplicationsNotFoundPage() throws Exception {
        WebSession teacher = WebSession.signIn(base, "teacher");
        for (String page : new String[] {
            "app/teachers/list.xhtml",
            "app/teachers/view.xhtml?id=1",
            "app/results/list.xhtml",
            "app/plans/list.xhtml",
            "app/audit/list.xhtml"
        }) {
            HttpResponse<String> r = teacher.get(page);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 404, page + " → " + r.statusCode());
            assertNoServerWords(visibleText(r.body()), page);
            assertTrue(r.body().contains("ttms-header"), "the application's own page: " + page);
        }
        HttpResponse<String> staffPage = teacher.get("app/teachers/list.xhtml");
        assertEquals(404, staffPage.statusCode(), "shown as not found, as every page outside one's role");
        assertTrue(staffPage.body().contains("id=\"notFound\""), staffPage.body());
        HttpResponse<String> garbage = WebSession.signIn(base, "city").get("app/teachers/view.xhtml?id=abc");
        assertNoServerWords(visibleText(garbage.body()), "view.xhtml?id=abc");
        assertTrue(garbage.body().contains("ttms-header"), garbage.body());
    }

    /** The page without its scripts and styles: PrimeFaces' own scripts name JavaScript exceptions. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<style.*?</style>", "")
                .replaceAll("<link[^>]*>", "");
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem document: " + r.headers().map());
        assertTrue(r.body().contains("\"title\"") && r.body().contains("\"detail\""), r.body());
        assertNoInternals(r.body(), "problem");
    }

    /** A page names no exception, class or server (its form fields are named jakarta.faces… by Faces itself). */
    static void assertNoServerWords(String page, String what) {
        for (String leak : new String[] {"Exception", "cn.edu.ttms", "Payara", "GlassFish", "HTTP Status", "Stack"}) {
            assertFalse(page.contains(leak), what + " shows " + leak + ": " + page);
        }
    }

    static void assertNoInternals(String body, String what) {
        for (String leak : new String[] {
            "Exception",
            "cn.edu.ttms",
            "java.",
            "jakarta.",
            "No enum constant",
            "Payara",
            "GlassFish",
            "HTTP 404 Not Found",
            "ZipSecureFile"
        }) {
            assertFalse(body.contains(leak), what + " shows " + leak + ": " + body);
        }
    }
}
