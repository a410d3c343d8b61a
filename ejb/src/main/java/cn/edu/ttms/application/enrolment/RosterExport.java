package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import cn.edu.ttms.application.audit.AuditActor;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.infrastructure.spreadsheet.SheetHeading;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The consolidated roster (参培学员名单汇总表, workflow.md §2) as .xlsx: the trainees the caller may see,
 * in the scope of {@link Enrolments#roster} (the host institution all, bureau and school staff their
 * subtree), under a title line with the project's name. The host registers the trainees with their
 * full identity numbers, so the numbers are not masked; personal data leaves the system here, so every
 * exported trainee gets an EXPORT entry in the audit trail, which the teacher can read.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN", "PROJECT_LEAD",
        "INSTITUTION_STAFF"})
public class RosterExport {

    static final String TITLE = "参培学员名单汇总表";
    static final List<String> HEADER = List.of("序号", "姓名", "性别", "身份证号", "学校", "学科", "学段", "报名方式", "报名时间");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(IdentityNumber.CHINA);
    private static final int CHUNK = 500;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    ProjectRepository projects;

    @Inject
    TeacherRepository teachers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    /**
     * Writes the roster and records the export.
     *
     * @return the project's name, for the file's name
     * @throws RecordNotFound for a project that does not exist or whose roster the caller may not read
     */
    public String exportXlsx(long projectId, OutputStream out) {
        Caller me = caller.get();
        TrainingProject project = projects.find(projectId)
                .orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        DataScope scope = new EnrolmentRules(enrolments, projects, organisations).rosterScope(me, project);
        String name = project.name();
        List<List<Object>> rows = new ArrayList<>();
        List<Exported> exported = new ArrayList<>();
        for (int first = 0; ; first += CHUNK) {
            List<Enrolment> page = enrolments.roster(projectId, scope, first, CHUNK);
            // as Enrolments.roster: the enrolment already placed the teacher in the reader's view
            var byId = teachers.byIds(page.stream().map(Enrolment::teacherId).toList());
            for (Enrolment e : page) {
                Teacher t = byId.get(e.teacherId());
                if (t != null) {
                    rows.add(row(rows.size() + 1, e, t));
                    exported.add(new Exported(t.id(), t.schoolPath()));
                }
            }
            em.clear(); // keep the persistence context small on a big roster
            if (page.size() < CHUNK) {
                break;
            }
        }
        try {
            new SpreadsheetWriter().writeXlsx(new SheetHeading(name + TITLE, List.of(HEADER), List.of()), rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordExport(projectId, exported, me);
        return name;
    }

    static List<Object> row(int number, Enrolment e, Teacher t) {
        return List.of(number, t.name(), t.gender() == Gender.MALE ? "男" : "女", t.identityNumber().value(),
                t.school().name(), t.subject(), DomainMessages.format(t.stage().messageKey(), List.of(), Locale.SIMPLIFIED_CHINESE),
                channel(e.channel()), AT.format(e.createdAt()));
    }

    static String channel(EnrolmentChannel channel) {
        return channel == EnrolmentChannel.NOMINATED ? "选派" : "自主报名";
    }

    private record Exported(long teacherId, String schoolPath) {
    }

    /** One EXPORT entry per trainee, in batches of one statement, as the registry's export does; then one for the file. */
    private void recordExport(long projectId, List<Exported> exported, Caller me) {
        String actor = AuditActor.current();
        Timestamp now = Timestamp.from(Instant.now());
        String detail = "roster xlsx, project " + projectId;
        for (int i = 0; i < exported.size(); i += CHUNK) {
            List<Exported> chunk = exported.subList(i, Math.min(exported.size(), i + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO audit_entry (at, actor, action, entity_type, entity_id,"
                    + " scope_path, detail) VALUES ");
            for (int k = 0; k < chunk.size(); k++) {
                sql.append(k == 0 ? "" : ",").append("(?, ?, 'EXPORT', 'Teacher', ?, ?, ?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Exported t : chunk) {
                insert.setParameter(p++, now).setParameter(p++, actor).setParameter(p++, String.valueOf(t.teacherId()))
                        .setParameter(p++, t.schoolPath()).setParameter(p++, detail);
            }
            insert.executeUpdate();
        }
        audit.record(AuditAction.EXPORT, "TrainingProject", projectId, me.organisationPath(),
                exported.size() + " trainees exported to xlsx (roster)");
    }
}
