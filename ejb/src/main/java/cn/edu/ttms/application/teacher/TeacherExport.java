package cn.edu.ttms.application.teacher;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import cn.edu.ttms.application.audit.AuditActor;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Export of the filtered registry to .xlsx, never beyond the caller's scope. Personal data leaves
 * the system here, so every exported teacher gets an EXPORT entry in the audit trail, which the
 * teacher can read.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
public class TeacherExport {

    private static final int CHUNK = 1000;
    static final List<String> HEADER = List.of("姓名", "性别", "身份证号", "手机", "学校", "学科", "学段", "职称", "参加工作时间", "民办");

    @Inject
    TeacherRepository teachers;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    public int exportXlsx(TeacherQuery query, OutputStream out) {
        List<List<Object>> rows = new ArrayList<>();
        List<Teacher> exported = new ArrayList<>();
        for (int first = 0; ; first += CHUNK) {
            List<Teacher> page = teachers.search(query, caller.scope(), first, CHUNK);
            for (Teacher t : page) {
                rows.add(List.of(t.name(), t.gender() == cn.edu.ttms.domain.model.teacher.Gender.MALE ? "男" : "女",
                        t.identityNumber().value(), t.phone() == null ? "" : t.phone(), t.school().name(), t.subject(),
                        t.stage().name(), t.title() == null ? "" : t.title(),
                        t.serviceStart() == null ? "" : t.serviceStart().toString(), t.privateSchool() ? "是" : "否"));
                exported.add(t);
            }
            em.clear(); // keep the persistence context small on big exports
            if (page.size() < CHUNK) {
                break;
            }
        }
        try {
            new SpreadsheetWriter().writeXlsx(HEADER, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordExport(exported);
        return exported.size();
    }

    private void recordExport(List<Teacher> exported) {
        String actor = AuditActor.current();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < exported.size(); i += CHUNK) {
            List<Teacher> chunk = exported.subList(i, Math.min(exported.size(), i + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO audit_entry (at, actor, action, entity_type, entity_id,"
                    + " scope_path, detail) VALUES ");
            for (int k = 0; k < chunk.size(); k++) {
                sql.append(k == 0 ? "" : ",").append("(?, ?, 'EXPORT', 'Teacher', ?, ?, 'xlsx')");
            }
            var insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Teacher t : chunk) {
                insert.setParameter(p++, now).setParameter(p++, actor).setParameter(p++, String.valueOf(t.id()))
                        .setParameter(p++, t.schoolPath());
            }
            insert.executeUpdate();
        }
        audit.record(AuditAction.EXPORT, "Teacher", null, caller.get().organisationPath(),
                exported.size() + " teachers exported to xlsx");
    }
}
