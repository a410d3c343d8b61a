package cn.edu.ttms.application.result;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import cn.edu.ttms.infrastructure.spreadsheet.FormulaGuard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The results grid as an .xlsx in the layout {@link ResultSheet} reads back: 身份证号, 姓名, 学校, one
 * 第N阶段学时 column per stage, 成绩 — then the computed figures for reading (ignored on upload). The
 * host fills it offline and uploads it. Holds identity numbers: audited as an export of personal data.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN", "PROJECT_LEAD",
        "INSTITUTION_STAFF"})
public class ResultSheetExport {

    @Inject
    BatchAccess access;

    @Inject
    ResultRepository results;

    @Inject
    TeacherRepository teachers;

    @Inject
    ResultPolicies policies;

    @Inject
    AuditTrail audit;

    /** Writes the sheet; returns the file name. */
    public String write(long batchId, OutputStream out) {
        ResultBatch batch = access.visible(batchId);
        var project = access.project(batch);
        List<Integer> stages = new ArrayList<>(new cn.edu.ttms.domain.model.result.ResultRules(project,
                policies.forProject(project).rules()).offered().keySet());
        List<TrainingResult> rows = results.results(batchId);
        Map<Long, Teacher> byId = teachers.byIds(rows.stream().map(TrainingResult::teacherId).toList());
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("成绩");
            Row head = sheet.createRow(0);
            List<String> names = new ArrayList<>(List.of(ResultSheet.IDENTITY, "姓名", "学校"));
            stages.forEach(s -> names.add("第" + s + "阶段学时"));
            names.addAll(List.of(ResultSheet.SCORE, "等次", "学分"));
            for (int c = 0; c < names.size(); c++) {
                head.createCell(c).setCellValue(names.get(c));
            }
            int r = 1;
            for (TrainingResult result : rows) {
                Teacher t = byId.get(result.teacherId());
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(t == null ? "" : t.identityNumber().value());
                // names are typed by people: guarded against a formula once saved as CSV
                row.createCell(c++).setCellValue(t == null ? "" : FormulaGuard.neutralise(t.name()));
                row.createCell(c++).setCellValue(t == null ? "" : FormulaGuard.neutralise(t.school().name()));
                for (Integer s : stages) {
                    BigDecimal h = result.stageHours().stream().filter(x -> x.stageNo() == s).map(x -> x.hours())
                            .findFirst().orElse(null);
                    var cell = row.createCell(c++);
                    if (h != null) {
                        cell.setCellValue(h.doubleValue()); // one decimal: exact in a double's shortest form
                    }
                }
                var score = row.createCell(c++);
                if (result.score() != null) {
                    score.setCellValue(result.score().doubleValue());
                }
                row.createCell(c++).setCellValue(result.grade() == null ? "" : result.grade().name());
                row.createCell(c).setCellValue(result.credits().toPlainString());
            }
            for (int c = 0; c < names.size(); c++) {
                sheet.setColumnWidth(c, c == 0 ? 22 * 256 : 12 * 256);
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.EXPORT, "ResultBatch", batchId, batch.ownerPath(), rows.size() + " rows");
        return "成绩-" + (project.code() == null ? project.id() : project.code()) + ".xlsx";
    }
}
