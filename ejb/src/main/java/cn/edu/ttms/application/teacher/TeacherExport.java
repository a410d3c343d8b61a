package cn.edu.ttms.application.teacher;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.audit.TeacherRecordAccess;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Export of the filtered registry to .xlsx (or CSV for older tools), never beyond the caller's scope.
 * Personal data leaves the system here, so every exported teacher gets an EXPORT entry in the audit
 * trail, which the teacher can read.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
public class TeacherExport {

    private static final int CHUNK = 1000;

    @Inject
    TeacherRepository teachers;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    TeacherSheets sheets;

    @Inject
    TeacherRecordAccess access;

    /** Writes the file and records the export; returns the number of teachers in it. */
    public int export(TeacherQuery query, ExportFormat format, OutputStream out) {
        List<List<Object>> rows = new ArrayList<>();
        List<Teacher> exported = new ArrayList<>();
        for (int first = 0; ; first += CHUNK) {
            List<Teacher> page = teachers.search(query, caller.scope(), first, CHUNK);
            for (Teacher t : page) {
                rows.add(sheets.exportRow(t));
                exported.add(t);
            }
            teachers.forgetLoaded(); // keep the persistence context small on big exports
            if (page.size() < CHUNK) {
                break;
            }
        }
        try {
            sheets.write(rows, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordExport(exported, format.extension());
        return exported.size();
    }

    private void recordExport(List<Teacher> exported, String kind) {
        // one entry per teacher, which the teacher reads as "导出了教师名册：xlsx"
        access.exported(exported.stream().map(Teacher::id).toList(), TeacherRecordAccess.Export.REGISTRY, kind);
        audit.record(
                AuditAction.EXPORT,
                "Teacher",
                null,
                caller.get().organisationPath(),
                exported.size() + " teachers exported to " + kind);
    }
}
