package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bodies of teachers, organisations, credit policies, me and notifications are typed records
 * (issue 14, "The edge, typed"): a value outside its limits is a 422 naming the field before any
 * business code runs, and the OpenAPI document describes each body with its own schema, the
 * multipart upload with its {@code file} field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TypedBodiesIT {

    @ArquillianResource
    URL base;

    @Test
    void aTeacherCorrectionBeyondItsLimitsNamesTheField() throws Exception {
        Api staff = Api.as(base, "linxiang");
        JsonObject teacher =
                json(staff.get("/api/v1/teachers?size=1")).getJsonArray("items").getJsonObject(0);
        String path = "/api/v1/teachers/" + teacher.getInt("id");
        int version = json(staff.get(path)).getInt("version");

        HttpResponse<String> longName = staff.put(
                path,
                "{\"version\":" + version + ",\"name\":\"" + "王".repeat(41)
                        + "\",\"subject\":\"数学\",\"stage\":\"PRIMARY\"}");
        assertFieldRefused(longName, "name");

        HttpResponse<String> badYear = staff.inEnglish()
                .put(
                        path,
                        "{\"version\":" + version
                                + ",\"name\":\"王测试\",\"subject\":\"数学\",\"stage\":\"PRIMARY\","
                                + "\"designations\":[{\"kind\":\"KEY_TEACHER\",\"level\":\"COUNTY\",\"year\":99999}]}");
        assertFieldRefused(badYear, "designations", "year");
        assertTrue(badYear.body().contains("2200"), "says the bound: " + badYear.body());

        HttpResponse<String> noVersion = staff.put(path, "{\"name\":\"王测试\",\"subject\":\"数学\",\"stage\":\"PRIMARY\"}");
        assertFieldRefused(noVersion, "version");
        assertEquals(version, json(staff.get(path)).getInt("version"), "nothing was saved");
    }

    @Test
    void aMoveWithoutADateAndAUnitWithAnOverlongNameAreRefusedByField() throws Exception {
        Api staff = Api.as(base, "linxiang");
        JsonObject teacher =
                json(staff.get("/api/v1/teachers?size=1")).getJsonArray("items").getJsonObject(0);
        assertFieldRefused(
                staff.post(
                        "/api/v1/teachers/" + teacher.getInt("id") + "/moves",
                        "{\"schoolId\":" + teacher.getJsonObject("school").getInt("id") + "}"),
                "on");

        int county = json(staff.get("/api/v1/me")).getJsonObject("organisation").getInt("id");
        assertFieldRefused(
                Api.as(base, "admin")
                        .post(
                                "/api/v1/organisations",
                                "{\"parentId\":" + county + ",\"kind\":\"SCHOOL\",\"name\":\"" + "校".repeat(121)
                                        + "\"}"),
                "name");
    }

    @Test
    void aPolicyVersionWithAnOverlongNoteIsRefusedBeforeAnythingIsStored() throws Exception {
        Api admin = Api.as(base, "admin");
        JsonObject list = json(admin.get("/api/v1/credit-policies?size=500"));
        int id = list.getJsonArray("items").getJsonObject(0).getInt("id");
        JsonObject policy = json(admin.get("/api/v1/credit-policies/" + id));
        HttpResponse<String> r = admin.post(
                "/api/v1/credit-policies",
                "{\"basedOn\":" + id
                        + ",\"effectiveFrom\":\"2033-01-01\",\"rules\":" + policy.getJsonObject("rules")
                        + ",\"note\":\""
                        + "注".repeat(501) + "\"}");
        assertFieldRefused(r, "note");
        assertEquals(
                list.getInt("total"),
                json(admin.get("/api/v1/credit-policies?size=500")).getInt("total"),
                "no version was added");
    }

    @Test
    void policyRulesTheReaderRefusesAreNamedWithWhatIsWrong() throws Exception {
        Api admin = Api.as(base, "admin");
        JsonObject list = json(admin.get("/api/v1/credit-policies?size=500"));
        int id = list.getJsonArray("items").getJsonObject(0).getInt("id");
        JsonObject rules = json(admin.get("/api/v1/credit-policies/" + id)).getJsonObject("rules");
        HttpResponse<String> r = admin.post(
                "/api/v1/credit-policies",
                "{\"basedOn\":" + id + ",\"effectiveFrom\":\"2033-01-01\",\"rules\":"
                        + Json.createObjectBuilder(rules)
                                .add(
                                        "publicationMonths",
                                        Json.createArrayBuilder().add(3))
                                .build()
                        + "}");
        assertFieldRefused(r, "rules");
        assertTrue(r.body().contains("publicationMonths"), "what is wrong, by its field: " + r.body());
        assertEquals(
                list.getInt("total"),
                json(admin.get("/api/v1/credit-policies?size=500")).getInt("total"),
                "no version was added");
    }

    @Test
    void theDocumentDescribesTheseBodiesAndTheUploadField() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "openapi"))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonObject doc = Json.createReader(new StringReader(r.body())).readObject();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        for (String name : List.of(
                "TeacherList",
                "TeacherDetails",
                "TeacherRegistration",
                "TeacherCorrection",
                "TeacherMove",
                "TrainingArchive",
                "TeacherCompliance",
                "ComplianceRow",
                "TeacherImportReport",
                "OrganisationList",
                "OrganisationUnit",
                "NewOrganisation",
                "UnitCompliance",
                "Me",
                "SigningCertificate",
                "SigningPin",
                "Inbox",
                "NoticeRead",
                "CreditPolicyList",
                "CreditPolicy",
                "NewCreditPolicyVersion",
                "WhatIfReplay")) {
            assertTrue(schemas.containsKey(name), "schema " + name + " in " + schemas.keySet());
        }
        JsonObject paths = doc.getJsonObject("paths");
        assertTrue(
                paths.getJsonObject("/api/v1/teachers/{id}")
                        .getJsonObject("put")
                        .getJsonObject("requestBody")
                        .toString()
                        .contains("#/components/schemas/TeacherCorrection"),
                paths.getJsonObject("/api/v1/teachers/{id}").toString());
        // the answer's schema (Payara lists the inferred one as the "default" response)
        assertTrue(
                paths.getJsonObject("/api/v1/teachers/{id}/archive")
                        .getJsonObject("get")
                        .getJsonObject("responses")
                        .toString()
                        .contains("#/components/schemas/TrainingArchive"),
                paths.getJsonObject("/api/v1/teachers/{id}/archive").toString());
        String form = schemas.getJsonObject("TeacherImportUpload").toString();
        assertTrue(form.contains("\"file\"") && form.contains("\"binary\""), "the file field: " + form);
        assertFalse(
                schemas.getJsonObject("TeacherDetails")
                        .getJsonObject("properties")
                        .containsKey("profile"),
                "no Java internals as properties");
    }

    @Test
    void theTeacherImportSaysItTakesAMultipartFile() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "openapi"))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonObject body = Json.createReader(new StringReader(r.body()))
                .readObject()
                .getJsonObject("paths")
                .getJsonObject("/api/v1/teachers/import")
                .getJsonObject("post")
                .getJsonObject("requestBody");
        assertTrue(body.getJsonObject("content").containsKey("multipart/form-data"), body.toString());
        assertTrue(
                body.toString().contains("TeacherImportUpload")
                        || body.toString().contains("binary"),
                body.toString());
    }

    private static void assertFieldRefused(HttpResponse<String> r, String field, String... within) {
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        JsonObject problem = Json.createReader(new StringReader(r.body())).readObject();
        assertTrue(problem.containsKey("errors"), r.body());
        String named = problem.getJsonArray("errors").getJsonObject(0).getString("field");
        // a nested field's index is placed by the common mapper (designations[0].year or designations.year[0])
        assertTrue(
                within.length == 0 ? named.equals(field) : named.startsWith(field) && named.contains(within[0]),
                r.body());
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
