package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An import that is refused or fails leaves an entry in the audit trail (who, which file, how many
 * problems), although its own transaction is rolled back: teachers, plans, rosters and result
 * sheets alike. The pages call the same services, so they are covered by the same entries. (ASCII
 * file names: the API reads a multipart file name as ISO-8859-1 today, so a Chinese one arrives garbled.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusedImportAuditIT {

    @ArquillianResource
    URL base;

    @Test
    void aTeacherFileRefusedForItsRowsIsAuditedWithItsProblemCount() throws Exception {
        String csv = "姓名,性别,身份证号,手机,学校,学科,学段,职称,参加工作时间,民办\r\n"
                + "张审计,男,530902198001010011,13800000000,没有这所学校,语文,小学,二级教师,2001-09-01,否\r\n"
                + ",女,123,13800000001,临翔区第一完全小学,数学,小学,二级教师,2002-09-01,否\r\n";
        HttpResponse<String> refused = Api.as(base, "linxiang")
                .upload(
                        "/api/v1/teachers/import?dryRun=false",
                        "audit-teachers.csv",
                        csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.statusCode(), refused.body());

        List<String> entries = refusals("linxiang", "Teacher", "audit-teachers.csv");
        assertEquals(1, entries.size(), entries.toString());
        assertTrue(
                entries.get(0)
                        .matches(
                                "audit-teachers\\.csv: refused, [2-9]\\d* problems, nothing imported \\(import\\.refused\\)"),
                entries.get(0));
    }

    @Test
    void anUnreadablePlanFileIsAudited() throws Exception {
        HttpResponse<String> refused = Api.as(base, "city")
                .upload(
                        "/api/v1/plans/import?dryRun=false&year=2031",
                        "audit-plan.xlsx",
                        "not a workbook at all".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.statusCode(), refused.body());

        List<String> entries = refusals("city", "AnnualPlan", "audit-plan.xlsx");
        assertEquals(1, entries.size(), entries.toString());
        assertTrue(entries.get(0).contains("refused, 1 problem"), entries.get(0));
    }

    @Test
    void aRosterOrResultSheetForARecordOutOfReachIsAudited() throws Exception {
        byte[] sheet = "身份证号\r\n530902198001010011\r\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> roster = Api.as(base, "fengqing")
                .upload("/api/v1/projects/987654321/roster?dryRun=false", "audit-roster.csv", sheet);
        assertEquals(404, roster.statusCode(), roster.body());
        HttpResponse<String> results = Api.as(base, "fengqing")
                .upload("/api/v1/result-batches/987654321/import?dryRun=false", "audit-results.csv", sheet);
        assertEquals(404, results.statusCode(), results.body());

        assertEquals(
                1, refusals("fengqing", "TrainingProject", "audit-roster.csv").size());
        assertEquals(1, refusals("fengqing", "ResultBatch", "audit-results.csv").size());
    }

    /** The IMPORT_REFUSED entries of an actor for a file, by their detail. */
    private static List<String> refusals(String actor, String entityType, String fileName) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement s = db.prepareStatement("SELECT detail FROM audit_entry"
                        + " WHERE action = 'IMPORT_REFUSED' AND actor = ? AND entity_type = ? AND detail LIKE ?")) {
            s.setString(1, actor);
            s.setString(2, entityType);
            s.setString(3, fileName + ":%");
            List<String> details = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    details.add(r.getString(1));
                }
            }
            return details;
        }
    }
}
