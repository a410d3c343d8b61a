package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A project's terms over the API (workflow.md §1): every problem reported at once with its field,
 * nothing saved when any is wrong, a concurrent edit refused with who changed what, quotas only
 * for units below the bureau, and the scope of reading and editing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectTermsIT {

    private static final String PLAN = "序号\t申报单位\t项目类别\t项目名称\t培训形式\t培训对象\t培训天数\t\t\t培训人数\t承办单位\n"
            + "\t\t\t\t\t\t异地\t本地\t合计\t\t\n"
            + "1\t临沧市教师发展中心\t名师培养\t临沧市数学名师工作室研修(T201)\t本地集中\t全市数学骨干教师\t\t5\t5\t60\t临沧市教师发展中心\n";

    @ArquillianResource
    URL base;

    @Test
    void termsAreCheckedWholeSavedWholeAndNeverOverwrittenBlindly() throws Exception {
        json(
                Api.as(base, "city")
                        .upload(
                                "/api/v1/plans/import?dryRun=false&year=2013",
                                "plan.txt",
                                PLAN.getBytes(StandardCharsets.UTF_8)),
                200);
        JsonObject listed = json(Api.as(base, "city").get("/api/v1/projects?year=2013&q=T201"), 200)
                .getJsonArray("items")
                .getJsonObject(0);
        String path = "/api/v1/projects/" + listed.getInt("id");
        JsonObject read = json(Api.as(base, "city").get(path), 200);
        assertEquals("30.0", read.getJsonNumber("hours").bigDecimalValue().toPlainString(), "5 days × 6 h");
        assertTrue(read.getJsonArray("actions").toString().contains("SUBMIT"), read.toString());
        assertTrue(read.getJsonArray("warnings").size() >= 2, "no rate, no modules yet: " + read);

        long linxiang = unitId("linxiang");
        long fengqing = unitId("fengqing");
        JsonObject bad = edit(
                read,
                "2.5",
                "6",
                "20",
                Json.createArrayBuilder()
                        .add(quota(linxiang, 50))
                        .add(quota(fengqing, 30))
                        .build());
        HttpResponse<String> refused = Api.as(base, "city").put(path, bad.toString());
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = parse(refused.body());
        String fields = problem.getJsonArray("errors").toString();
        assertTrue(
                fields.contains("\"field\":\"modules\"")
                        && fields.contains("\"field\":\"creditRate\"")
                        && fields.contains("\"field\":\"quotas\""),
                fields);
        assertTrue(fields.contains("26") && fields.contains("30"), "the sum and the hours: " + fields);
        assertTrue(fields.contains("1–2"), "the municipal range: " + fields);
        assertEquals(
                0,
                json(Api.as(base, "city").get(path), 200)
                        .getJsonArray("modules")
                        .size(),
                "nothing saved");

        JsonObject good = edit(
                read,
                "1.5",
                "6",
                "24",
                Json.createArrayBuilder()
                        .add(quota(linxiang, 30))
                        .add(quota(fengqing, 20))
                        .build());
        JsonObject saved = json(Api.as(base, "city").put(path, good.toString()), 200);
        assertEquals(read.getInt("version") + 1, saved.getInt("version"));
        assertEquals(2, saved.getJsonArray("modules").size());
        assertEquals("临翔区", saved.getJsonArray("quotas").getJsonObject(0).getString("unitName"));
        assertEquals(
                "1.5",
                saved.getJsonNumber("creditRate")
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString());

        HttpResponse<String> stale = Api.as(base, "admin").put(path, good.toString()); // read before the save above
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("city"), "names who saved meanwhile: " + stale.body());

        JsonObject elsewhere = edit(
                saved,
                "1.5",
                "6",
                "24",
                Json.createArrayBuilder().add(quota(unitId("city"), 10)).build());
        HttpResponse<String> ownUnit = Api.as(base, "city").put(path, elsewhere.toString());
        assertEquals(422, ownUnit.statusCode(), "a quota for the bureau itself: " + ownUnit.body());

        assertEquals(404, Api.as(base, "linxiang").get(path).statusCode(), "a county does not see the city's draft");
        assertEquals(404, Api.as(base, "linxiang").put(path, saved.toString()).statusCode());
        assertEquals(
                403,
                Api.as(base, "cityreviewer").put(path, saved.toString()).statusCode(),
                "reviewers approve; they do not edit");
    }

    @Test
    void aBureauAddsANationalProjectToItsPlan() throws Exception {
        json(
                Api.as(base, "city")
                        .upload(
                                "/api/v1/plans/import?dryRun=false&year=2012",
                                "plan.txt",
                                PLAN.getBytes(StandardCharsets.UTF_8)),
                200);
        JsonObject any = json(Api.as(base, "city").get("/api/v1/projects?year=2012"), 200)
                .getJsonArray("items")
                .getJsonObject(0);
        long planId = any.getJsonObject("plan").getJsonNumber("id").longValue();
        JsonObject body = Json.createObjectBuilder()
                .add("planId", planId)
                .add("code", "GP01")
                .add("name", "国培计划（2012）—临沧市乡村教师网络研修")
                .add("level", "NATIONAL")
                .add("selection", "SELF_SELECTED")
                .add("capacity", 300)
                .add("creditRate", "0.8")
                .add(
                        "stages",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("form", "ONLINE")
                                        .add("hours", 50)
                                        .add("trainees", 300)))
                .add(
                        "modules",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("module", "KNOWLEDGE")
                                        .add("hours", "50")))
                .build();
        HttpResponse<String> created = Api.as(base, "city").post("/api/v1/projects", body.toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject p = parse(created.body());
        assertEquals("NATIONAL", p.getString("level"));
        assertEquals("DRAFT", p.getString("status"));
        assertEquals(300, p.getInt("places"));

        HttpResponse<String> county = Api.as(base, "fengqing").post("/api/v1/projects", body.toString());
        assertEquals(404, county.statusCode(), "a county cannot add to the city's plan: " + county.body());
    }

    /**
     * The terms are a typed body: every number of every stage, module and quota is range-checked and
     * all wrong ones are named at once with their list and place;
     * before, the first wrong number was reported alone, as {@code daysLocal}. Nothing is saved.
     */
    @Test
    void everyNumberOfTheTermsIsRangeCheckedAndNamedWhereItIs() throws Exception {
        json(
                Api.as(base, "city")
                        .upload(
                                "/api/v1/plans/import?dryRun=false&year=2011",
                                "plan.txt",
                                PLAN.getBytes(StandardCharsets.UTF_8)),
                200);
        JsonObject listed = json(Api.as(base, "city").get("/api/v1/projects?year=2011&q=T201"), 200)
                .getJsonArray("items")
                .getJsonObject(0);
        String path = "/api/v1/projects/" + listed.getInt("id");
        JsonObject read = json(Api.as(base, "city").get(path), 200);
        JsonObject stage = Json.createObjectBuilder(read.getJsonArray("stages").getJsonObject(0))
                .add("daysLocal", 400)
                .build();
        JsonObject bad = Json.createObjectBuilder(read)
                .add("creditRate", 101)
                .add("budget", "1e12")
                .add("stages", Json.createArrayBuilder().add(stage))
                .add(
                        "modules",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("module", "ETHICS")))
                .add("quotas", Json.createArrayBuilder().add(quota(unitId("linxiang"), -1)))
                .build();
        HttpResponse<String> refused = Api.as(base, "city").inEnglish().put(path, bad.toString());
        assertEquals(422, refused.statusCode(), refused.body());
        String fields = parse(refused.body()).getJsonArray("errors").toString();
        for (String field : new String[] {"creditRate", "budget"}) {
            assertTrue(fields.contains("\"field\":\"" + field + "\""), field + " in " + fields);
        }
        // nested fields are named with their list and place (the mapper writes "stages.daysLocal[0]" for now)
        for (String[] nested : new String[][] {{"stages", "daysLocal"}, {"modules", "hours"}, {"quotas", "places"}}) {
            assertTrue(
                    fields.matches(".*\"field\":\"" + nested[0] + "[^\"]*" + nested[1] + "[^\"]*\".*")
                            && fields.contains("[0]"),
                    nested[0] + "…" + nested[1] + " in " + fields);
        }
        assertTrue(fields.contains("366"), "the range of days: " + fields);
        JsonObject after = json(Api.as(base, "city").get(path), 200);
        assertEquals(read.getInt("version"), after.getInt("version"), "nothing saved");
        assertTrue(after.containsKey("hours") && after.containsKey("audienceStages"), after.toString());

        JsonObject doc = parse(Api.anonymous(base).get("/openapi?format=JSON").body());
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        JsonObject terms = schemas.getJsonObject("ProjectTermsRequest");
        assertTrue(
                terms != null
                        && terms.getJsonObject("properties")
                                .getJsonObject("stages")
                                .toString()
                                .contains("ProjectStageRequest"),
                "the terms have a schema with typed stages: " + terms);
        assertTrue(
                schemas.getJsonObject("ProjectStageRequest")
                        .getJsonObject("properties")
                        .getJsonObject("daysLocal")
                        .toString()
                        .contains("366"),
                schemas.getJsonObject("ProjectStageRequest").toString());
        String upload = doc.getJsonObject("paths")
                .getJsonObject("/api/v1/plans/import")
                .getJsonObject("post")
                .getJsonObject("requestBody")
                .toString();
        assertTrue(upload.contains("multipart/form-data") && upload.contains("UploadForm"), upload);
        assertTrue(schemas.getJsonObject("UploadForm").toString().contains("binary"), "the file field is a file");
    }

    private long unitId(String user) throws Exception {
        return json(Api.as(base, user).get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject quota(long unit, int places) {
        return Json.createObjectBuilder()
                .add("unitId", unit)
                .add("places", places)
                .build();
    }

    /** The project as read, with a rate, two modules and the given quotas. */
    private static JsonObject edit(
            JsonObject read, String rate, String ethics, String competence, jakarta.json.JsonArray quotas) {
        JsonObjectBuilder b = Json.createObjectBuilder(read);
        b.add("creditRate", rate)
                .add("advisers", "李娜")
                .add("audienceStages", Json.createArrayBuilder().add("JUNIOR_SECONDARY"))
                .add(
                        "modules",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("module", "ETHICS")
                                        .add("hours", ethics))
                                .add(Json.createObjectBuilder()
                                        .add("module", "COMPETENCE")
                                        .add("hours", competence)))
                .add("quotas", quotas)
                .add(
                        "courses",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("title", "师德专题")
                                        .add("kind", "REQUIRED")
                                        .add("hours", 10))
                                .add(Json.createObjectBuilder()
                                        .add("title", "课堂观摩")
                                        .add("kind", "ELECTIVE")
                                        .add("hours", 20)
                                        .add("practical", true)));
        return b.build();
    }

    private static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return parse(r.body());
    }
}
