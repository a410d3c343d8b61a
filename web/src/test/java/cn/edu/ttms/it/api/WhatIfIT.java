package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.assertDecimal;
import static cn.edu.ttms.it.api.ResultScenario.decimal;
import static cn.edu.ttms.it.api.ResultScenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What-if replay (issue "credit policy engine", item 4): a teacher's recognised E1 result (25.92 under the
 * shipped policy) replayed under a version with the literal coefficient order gives E9's 24.84 — per
 * teacher, per result and in total — for the teacher and for their school, without changing the stored
 * result; out of scope it is "not found", and a teacher may not replay.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WhatIfIT {

    @ArquillianResource
    URL base;

    @Test
    void aRecognisedResultReplayedUnderTheLiteralCoefficientsGivesE9AndNothingIsWritten() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead", "cityreviewer", "province");
        long plan = rs.plan("city", 2038);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                        plan, "假设重算测试班", "MUNICIPAL", "DIRECTIVE", "1.2", 3, "2038-05-12", "2038-05-14")));
        long teacher = rs.linxiangTeachers(List.of("临翔区南美乡民族学校"), 1, 20380001L).get(0);
        rs.nominate("city", project, List.of(teacher));
        rs.start("city", project);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        rs.enter("lead", batch, Map.of(teacher, new String[] {"18", "85"}));
        rs.recognise("lead", batch, project);
        long resultId = ResultScenario.rowsByTeacher(rs.sheet("lead", batch))
                .get(teacher)
                .getJsonNumber("resultId")
                .longValue();
        assertDecimal("25.92", decimal(rs.archiveEntry("linxiang", teacher, resultId), "credits"), "E1 as recorded");

        // another version: the literal reading of art. 10 (GOOD → 0.15), in force only from 2099
        JsonObject list = json(Api.as(base, "admin").get("/api/v1/credit-policies?size=500"), 200);
        int defaultId = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.isNull("jurisdiction"))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        JsonObject rules = json(Api.as(base, "admin").get("/api/v1/credit-policies/" + defaultId), 200)
                .getJsonObject("rules");
        JsonObject literal = json(
                Api.as(base, "admin")
                        .post(
                                "/api/v1/credit-policies",
                                Json.createObjectBuilder()
                                        .add("basedOn", defaultId)
                                        .add("name", "假设：按字面系数")
                                        .add("effectiveFrom", "2099-01-01")
                                        .add(
                                                "rules",
                                                Json.createObjectBuilder(rules)
                                                        .add(
                                                                "coefficients",
                                                                Json.createObjectBuilder()
                                                                        .add("EXCELLENT", new BigDecimal("0.1"))
                                                                        .add("GOOD", new BigDecimal("0.15"))
                                                                        .add("FAIR", new BigDecimal("0.2"))
                                                                        .add("PASS", new BigDecimal("0.25"))))
                                        .build()
                                        .toString()),
                201);
        long literalId = literal.getJsonNumber("id").longValue();

        JsonObject mine = json(
                Api.as(base, "linxiang").get("/api/v1/credit-policies/" + literalId + "/what-if?teacherId=" + teacher),
                200);
        assertEquals(1, mine.getInt("results"));
        assertEquals(0, mine.getInt("notComputable"));
        assertDecimal("25.92", decimal(mine, "recordedTotal"), "recorded");
        assertDecimal("24.84", decimal(mine, "replayedTotal"), "E9 under the literal order");
        assertDecimal("-1.08", decimal(mine, "difference"), "difference");
        JsonObject row = mine.getJsonArray("items").getJsonObject(0);
        assertEquals(teacher, row.getJsonNumber("teacherId").longValue());
        JsonObject changed = row.getJsonArray("changed").getJsonObject(0);
        assertEquals(resultId, changed.getJsonNumber("resultId").longValue());
        assertEquals("GOOD", changed.getString("gradeRecorded"));
        assertEquals("GOOD", changed.getString("gradeReplayed"));

        // the whole school: this teacher among the others, totals adding up to the per-teacher figures
        long school = json(Api.as(base, "linxiang").get("/api/v1/teachers/" + teacher), 200)
                .getJsonObject("school")
                .getJsonNumber("id")
                .longValue();
        JsonObject unit = json(
                Api.as(base, "linxiang")
                        .get("/api/v1/credit-policies/" + literalId + "/what-if?unitId=" + school + "&size=500"),
                200);
        List<JsonObject> teachers = unit.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(
                teachers.stream()
                        .anyMatch(t -> t.getJsonNumber("teacherId").longValue() == teacher
                                && decimal(t, "difference").compareTo(new BigDecimal("-1.08")) == 0),
                unit.toString());
        assertEquals(unit.getInt("total"), teachers.size());
        BigDecimal sum = teachers.stream().map(t -> decimal(t, "difference")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(
                0, sum.compareTo(decimal(unit, "difference")), "the total is the sum of the teachers' differences");

        // nothing was written
        assertDecimal("25.92", decimal(rs.archiveEntry("linxiang", teacher, resultId), "credits"), "still as recorded");
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .get("/api/v1/credit-policies/" + literalId + "/what-if?teacherId=" + teacher)
                        .statusCode(),
                "another county's teacher");
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .get("/api/v1/credit-policies/" + literalId + "/what-if?unitId=" + school)
                        .statusCode(),
                "another county's school");
        assertEquals(
                403,
                Api.as(base, "teacher")
                        .get("/api/v1/credit-policies/" + literalId + "/what-if?teacherId=" + teacher)
                        .statusCode(),
                "a teacher does not replay");
    }
}
