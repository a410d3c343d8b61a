package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Chenzhou 2018 plan (the seed's table, sent as the tab-separated text it is) through
 * {@code POST /api/v1/plans/import}: 54 rows, 53 projects, 7,205 places; imported as DRAFT projects
 * that the owning bureau sees and the counties below do not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanImportIT {

    private static final Path SEED = Path.of("../../shared/seeds/003_b94b5f1c43dfc7dc.txt");

    @ArquillianResource
    URL base;

    static byte[] seedTable() throws Exception {
        if (!Files.isRegularFile(SEED)) {
            throw new IllegalStateException("the seed plan is missing: " + SEED.toAbsolutePath());
        }
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        int header = 0;
        while (!lines.get(header).startsWith("序号")) {
            header++;
        }
        return String.join("\n", lines.subList(header, lines.size())).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedPlanReadsAs54Rows53Projects7205PlacesAndImportsAsDrafts() throws Exception {
        Api city = Api.as(base, "city");
        JsonObject preview = json(city.upload("/api/v1/plans/import?dryRun=true", "2018计划.txt", seedTable()));
        assertEquals(54, preview.getInt("rows"));
        assertEquals(53, preview.getInt("projects"));
        assertEquals(7205, preview.getInt("places"));
        assertEquals(0, preview.getJsonArray("errors").size(), preview.toString());
        assertTrue(preview.getJsonArray("inferences").size() > 0, "every inference is reported");
        assertTrue(preview.getJsonArray("inferences").toString().contains("D309"), preview.toString());
        assertEquals(0, total("city", 2018), "a dry run changes nothing");

        JsonObject imported =
                json(city.upload("/api/v1/plans/import?dryRun=false&year=2018", "2018计划.txt", seedTable()));
        assertTrue(imported.getJsonNumber("planId").longValue() > 0);
        assertEquals(53, total("city", 2018));
        assertEquals(0, total("linxiang", 2018), "drafts of the city are not shown to the counties below");
        assertEquals(0, total("fengqing", 2018));
    }

    @Test
    void aBadRowIsRefusedWithRowAndColumnAndNothingIsImported() throws Exception {
        String table = new String(seedTable(), StandardCharsets.UTF_8);
        String[] lines = table.split("\n");
        lines[5] = lines[5].replaceFirst("\t([0-9]+)\t([^\t]*)$", "\t八十\t$2");
        byte[] broken = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused =
                Api.as(base, "fengqing").upload("/api/v1/plans/import?dryRun=false&year=2019", "bad.txt", broken);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("培训人数"), refused.body());
        assertEquals(0, total("fengqing", 2019), "nothing imported");
    }

    /** Issue 17 item 6: no year in the query nor in the sheet's title → 422 naming the missing plan year. */
    @Test
    void withoutAYearInTheQueryOrTheTitleTheImportNamesTheMissingYear() throws Exception {
        HttpResponse<String> refused =
                Api.as(base, "fengqing").upload("/api/v1/plans/import?dryRun=false", "无年度.txt", seedTable());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(
                refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                refused.headers().toString());
        assertTrue(refused.body().contains("计划年度"), refused.body());
    }

    /**
     * The year in the sheet's title is the plan's year when the query gives none; a dry run of a sheet whose
     * year the bureau already has a plan of (the city's demo plan of 2026) says so first among the inferences.
     */
    @Test
    void theTitlesYearIsThePlansAndAPlanOfThatYearIsNamedInTheInferences() throws Exception {
        byte[] of2008 = titled("2008年凤庆县教师培训计划");
        long before = total("fengqing", 2008); // other tests of the shared deployment may have used 2008 too
        JsonObject imported =
                json(Api.as(base, "fengqing").upload("/api/v1/plans/import?dryRun=false", "2008.txt", of2008));
        assertTrue(imported.getJsonNumber("planId").longValue() > 0, imported.toString());
        assertEquals(before + 53, total("fengqing", 2008), "the year of the title");

        JsonObject again = json(
                Api.as(base, "city").upload("/api/v1/plans/import?dryRun=true", "2026.txt", titled("2026年临沧市教师培训计划")));
        JsonObject first = again.getJsonArray("inferences").getJsonObject(0);
        assertEquals(1, first.getInt("row"), again.toString());
        assertTrue(first.getString("message").contains("2026年临沧市教师培训计划"), first.toString());
        assertEquals(0, again.getJsonArray("errors").size(), again.toString());
    }

    private static byte[] titled(String title) throws Exception {
        return (title + "\n" + new String(seedTable(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private long total(String user, int year) throws Exception {
        return json(Api.as(base, user).get("/api/v1/projects?year=" + year + "&size=1"))
                .getJsonNumber("total")
                .longValue();
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
