package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.audit.TeacherRecordAccess;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
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

/**
 * The consolidated roster (参培学员名单汇总表, workflow.md §2) as .xlsx or CSV: the trainees the caller may see,
 * in the scope of {@link Enrolments#roster} (the host institution all, bureau and school staff their
 * subtree), under a title line with the project's name. The host registers the trainees with their
 * full identity numbers, so the numbers are not masked; personal data leaves the system here, so every
 * exported trainee gets an EXPORT entry in the audit trail, which the teacher can read.
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
public class RosterExport {

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

    @Inject
    RosterSheets sheets;

    @Inject
    TeacherRecordAccess access;

    /**
     * Writes the roster and records the export.
     *
     * @return the project's name, for the file's name
     * @throws RecordNotFound for a project that does not exist or whose roster the caller may not read
     */
    public String export(long projectId, ExportFormat format, OutputStream out) {
        Caller me = caller.get();
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        DataScope scope = new EnrolmentRules(enrolments, projects, organisations).rosterScope(me, project);
        String name = project.name();
        List<List<Object>> rows = new ArrayList<>();
        List<Teacher> exported = new ArrayList<>();
        for (int first = 0; ; first += CHUNK) {
            List<Enrolment> page = enrolments.roster(projectId, scope, first, CHUNK);
            // as Enrolments.roster: the enrolment already placed the teacher in the reader's view
            var byId = teachers.byIds(page.stream().map(Enrolment::teacherId).toList());
            for (Enrolment e : page) {
                Teacher t = byId.get(e.teacherId());
                if (t != null) {
                    rows.add(sheets.exportRow(rows.size() + 1, e, t));
                    exported.add(t);
                }
            }
            teachers.forgetLoaded(); // keep the persistence context small on a big roster
            if (page.size() < CHUNK) {
                break;
            }
        }
        try {
            sheets.write(name, rows, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordExport(projectId, name, exported, me, format.extension());
        return name;
    }

    /**
     * One EXPORT entry per trainee, which the trainee reads as "导出了培训名单：<project> (xlsx)", in
     * multi-row inserts; then one for the file.
     */
    private void recordExport(long projectId, String name, List<Teacher> exported, Caller me, String kind) {
        access.exported(
                exported.stream().map(Teacher::id).toList(),
                TeacherRecordAccess.Export.ROSTER,
                name + " (" + kind + ")");
        audit.record(
                AuditAction.EXPORT,
                "TrainingProject",
                projectId,
                me.organisationPath(),
                exported.size() + " trainees exported to " + kind + " (roster)");
    }
}
