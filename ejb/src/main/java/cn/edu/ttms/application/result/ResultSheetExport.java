package cn.edu.ttms.application.result;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The results grid as an .xlsx (or CSV) in the layout {@link ResultSheets} reads back: 身份证号, 姓名, 学校, one
 * 第N阶段学时 column per stage, 成绩 — then the computed figures for reading (ignored on upload). The
 * host fills it offline and uploads it. Holds identity numbers: audited as an export of personal data.
 */
@Stateless
@RolesAllowed({
    "ADMIN",
    "PROVINCE_OFFICER",
    "BUREAU_STAFF",
    "BUREAU_REVIEWER",
    "SCHOOL_ADMIN",
    "PROJECT_LEAD",
    "INSTITUTION_STAFF"
})
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

    @Inject
    ResultSheets sheets;

    /** Writes the sheet as .xlsx or CSV; returns the file name, with the format's extension. */
    public String write(long batchId, ExportFormat format, OutputStream out) {
        ResultBatch batch = access.visible(batchId);
        var project = access.project(batch);
        List<Integer> stages = new ArrayList<>(new cn.edu.ttms.domain.model.result.ResultRules(
                        project, policies.forProject(project).rules())
                .offered()
                .keySet());
        List<TrainingResult> rows = results.results(batchId);
        Map<Long, Teacher> byId =
                teachers.byIds(rows.stream().map(TrainingResult::teacherId).toList());
        try {
            sheets.write(stages, rows, byId, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                AuditAction.EXPORT,
                "ResultBatch",
                batchId,
                batch.ownerPath(),
                rows.size() + " rows" + (format == ExportFormat.XLSX ? "" : ", " + format.extension()));
        return "成绩-" + (project.code() == null ? project.id() : project.code()) + "." + format.extension();
    }
}
