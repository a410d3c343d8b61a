package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every worked example of examples.md through {@code POST /api/v1/credits/calculate} on the running
 * application, under the shipped Lincang 2017 policy; and policy resolution by jurisdiction and date.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreditsIT {

    @ArquillianResource
    URL base;

    private String calc(String user, String body) throws Exception {
        HttpResponse<String> r = Api.as(base, user).post("/api/v1/credits/calculate", body);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String result(String level, String form, String hours, String rate, String score) {
        return "{\"level\":\"" + level + "\",\"form\":\"" + form + "\",\"hours\":" + hours + ",\"creditRate\":" + rate
                + ",\"score\":" + score + ",\"date\":\"2026-06-01\"}";
    }

    @Test
    void e1CountyThreeDays() throws Exception {
        String r = calc("lead", result("COUNTY", "LOCAL_CONCENTRATED", "18", "1.2", "85"));
        assertTrue(
                r.contains("\"grade\":\"GOOD\"")
                        && r.contains("\"baseCredits\":21.60")
                        && r.contains("\"performanceCredits\":4.32")
                        && r.contains("\"credits\":25.92"),
                r);
        assertTrue(r.contains("\"version\":1"), "names the policy version: " + r);
    }

    @Test
    void e2NationalTenDaysOffSite() throws Exception {
        String r = calc("city", result("NATIONAL", "OFFSITE_CONCENTRATED", "60", "2.5", "92"));
        assertTrue(
                r.contains("\"grade\":\"EXCELLENT\"")
                        && r.contains("\"baseCredits\":150.00")
                        && r.contains("\"performanceCredits\":37.50")
                        && r.contains("\"credits\":187.50"),
                r);
    }

    @Test
    void e3ProvincialOnlineTakesTheOnlineRange() throws Exception {
        String r = calc("city", result("PROVINCIAL", "ONLINE", "50", "0.8", "65"));
        assertTrue(
                r.contains("\"grade\":\"PASS\"")
                        && r.contains("\"baseCredits\":40.00")
                        && r.contains("\"performanceCredits\":4.00")
                        && r.contains("\"credits\":44.00"),
                r);
    }

    @Test
    void e4AFailEarnsNothingAndCountsNoHours() throws Exception {
        String r = calc("city", result("MUNICIPAL", "LOCAL_CONCENTRATED", "39", "1.5", "59"));
        assertTrue(
                r.contains("\"grade\":\"FAIL\"") && r.contains("\"credits\":0") && r.contains("\"countedHours\":0"), r);
    }

    @Test
    void e5ARateOutsideTheRangeIs422NamingTheRange() throws Exception {
        HttpResponse<String> zh = Api.as(base, "city")
                .post("/api/v1/credits/calculate", result("COUNTY", "LOCAL_CONCENTRATED", "18", "1.6", "85"));
        assertEquals(422, zh.statusCode(), zh.body());
        assertTrue(zh.body().contains("1–1.5"), zh.body());
        HttpResponse<String> en = Api.as(base, "city")
                .inEnglish()
                .post("/api/v1/credits/calculate", result("COUNTY", "LOCAL_CONCENTRATED", "18", "1.6", "85"));
        assertTrue(en.body().contains("projects take 1–1.5 credits per hour"), en.body());
    }

    @Test
    void e6SchoolBased() throws Exception {
        String r = calc("principal", result("SCHOOL", "LOCAL_CONCENTRATED", "24", "0.75", "78"));
        assertTrue(
                r.contains("\"grade\":\"FAIR\"")
                        && r.contains("\"baseCredits\":18.00")
                        && r.contains("\"performanceCredits\":2.70")
                        && r.contains("\"credits\":20.70"),
                r);
    }

    @Test
    void e7LecturingInAProvincialProject() throws Exception {
        String r = calc("lead", "{\"kind\":\"LECTURING\",\"level\":\"PROVINCIAL\",\"teachingHours\":12}");
        assertTrue(r.contains("\"credits\":96.00"), r);
    }

    @Test
    void e8RoundedOnceHalfUp() throws Exception {
        String r = calc("city", result("COUNTY", "LOCAL_CONCENTRATED", "15", "1.15", "90"));
        assertTrue(
                r.contains("\"baseCredits\":17.25")
                        && r.contains("\"performanceCredits\":4.3125")
                        && r.contains("\"credits\":21.56"),
                r);
    }

    @Test
    void badInputIsAClearRefusal() throws Exception {
        for (String body : new String[] {
            result("COUNTY", "LOCAL_CONCENTRATED", "-3", "1.2", "85"),
            result("COUNTY", "LOCAL_CONCENTRATED", "18", "1.2", "101"),
            result("COUNTY", "LOCAL_CONCENTRATED", "18", "1.2", "85.25"),
            result("COUNTY", "BY_PIGEON", "18", "1.2", "85")
        }) {
            HttpResponse<String> r = Api.as(base, "city").post("/api/v1/credits/calculate", body);
            assertEquals(422, r.statusCode(), body + " -> " + r.body());
            assertTrue(r.body().contains("\"detail\""), r.body());
        }
    }

    /**
     * E9 and resolution: 凤庆县 gets its own version with the literal coefficient order from 2026;
     * its officer's E1 gives 24.84 from then on and 25.92 before; 临翔区 keeps the default.
     */
    @Test
    void e9AndResolutionByJurisdictionAndDate() throws Exception {
        JsonObject list = json(Api.as(base, "admin").get("/api/v1/credit-policies"));
        int defaultId = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.isNull("jurisdiction"))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        JsonObject rules = json(Api.as(base, "admin").get("/api/v1/credit-policies/" + defaultId))
                .getJsonObject("rules");
        JsonObjectBuilder literal = Json.createObjectBuilder(rules)
                .add(
                        "coefficients",
                        Json.createObjectBuilder()
                                .add("EXCELLENT", new java.math.BigDecimal("0.1"))
                                .add("GOOD", new java.math.BigDecimal("0.15"))
                                .add("FAIR", new java.math.BigDecimal("0.2"))
                                .add("PASS", new java.math.BigDecimal("0.25")));
        int fengqing = json(Api.as(base, "fengqing").get("/api/v1/me"))
                .getJsonObject("organisation")
                .getInt("id");
        HttpResponse<String> created = Api.as(base, "admin")
                .post(
                        "/api/v1/credit-policies",
                        Json.createObjectBuilder()
                                .add("basedOn", defaultId)
                                .add("name", "凤庆县学分办法（按字面系数）")
                                .add("jurisdictionId", fengqing)
                                .add("effectiveFrom", "2026-01-01")
                                .add("rules", literal)
                                .build()
                                .toString());
        assertEquals(201, created.statusCode(), created.body());

        String e1 =
                "{\"level\":\"COUNTY\",\"form\":\"LOCAL_CONCENTRATED\",\"hours\":18,\"creditRate\":1.2,\"score\":85,";
        String e9 = calc("fengqing", e1 + "\"date\":\"2026-06-01\"}");
        assertTrue(e9.contains("\"performanceCredits\":3.24") && e9.contains("\"credits\":24.84"), e9);
        assertTrue(e9.contains("凤庆县学分办法"), "the county's own version: " + e9);
        assertTrue(
                calc("fengqing", e1 + "\"date\":\"2025-06-01\"}").contains("\"credits\":25.92"),
                "before it: the default");
        assertTrue(
                calc("linxiang", e1 + "\"date\":\"2026-06-01\"}").contains("\"credits\":25.92"),
                "another county: default");
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
