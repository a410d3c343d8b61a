package cn.edu.ttms.application.archive;

import cn.edu.ttms.application.audit.TeacherRecordAccess;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.compliance.ComplianceCalculator;
import cn.edu.ttms.domain.model.compliance.ComplianceReport;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultRepository.ResultWithBatch;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A teacher's training archive as a spreadsheet (issue 18, item 6): for the teacher and for staff in
 * scope, as {@link Archives#archive}. The results as the archive page shows them, with their projects'
 * dates, and the current cycle's compliance. A staff download is one EXPORT entry about the teacher
 * (not a VIEW as well: the file is what left); the teacher's own is not recorded.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN", "TEACHER"})
public class ArchiveExport {

    @Inject
    CurrentCaller caller;

    @Inject
    TeacherRepository teachers;

    @Inject
    ResultRepository results;

    @Inject
    ProjectRepository projects;

    @Inject
    CreditPolicies policies;

    @Inject
    TeacherRecordAccess access;

    @Inject
    ArchiveSheets sheets;

    /**
     * Writes the teacher's archive and records the export.
     *
     * @return the file's name without the extension
     * @throws RecordNotFound for a teacher who does not exist or is out of the caller's scope
     */
    public String export(long teacherId, ExportFormat format, OutputStream out) {
        Teacher teacher =
                teachers.find(teacherId, caller.scope()).orElseThrow(() -> new RecordNotFound("Teacher", teacherId));
        LocalDate today = LocalDate.now();
        List<ResultWithBatch> rows = results.ofTeacher(teacherId);
        List<ArchiveEntry> entries = new ArrayList<>();
        Map<Long, ArchiveFile.Dates> dates = new HashMap<>();
        for (ResultWithBatch r : rows) {
            ResultStatus status = r.result().statusIn(r.batchStatus());
            if (status != null) {
                ArchiveEntry entry = Archives.entry(r, status);
                entries.add(entry);
                dates.computeIfAbsent(entry.projectId(), this::datesOf);
            }
        }
        dates.values().removeIf(Objects::isNull);
        ArchiveFile file = new ArchiveFile(
                teacher.name(), teacher.school().name(), entries, dates, compliance(teacher, rows, today), today);
        try {
            sheets.write(file, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        access.exported(List.of(teacherId), TeacherRecordAccess.Export.ARCHIVE, format.extension());
        return sheets.fileName(file);
    }

    /** The cycle containing today under the school's policy, as the archive page shows it first. */
    private ComplianceReport compliance(Teacher teacher, List<ResultWithBatch> rows, LocalDate today) {
        CreditPolicy policy = policies.resolve(teacher.schoolPath(), today);
        int cycleStart = policy.rules().cycleContaining(today.getYear()).firstYear();
        return new ComplianceCalculator(policy.rules()).assess(cycleStart, Archives.records(rows), today.getYear());
    }

    /** The project's first and last day over its stages, or null when it has no dated stage. */
    private ArchiveFile.Dates datesOf(long projectId) {
        TrainingProject project = projects.find(projectId).orElse(null);
        if (project == null) {
            return null;
        }
        LocalDate start = null;
        LocalDate end = null;
        for (ProjectStage s : project.stages()) {
            if (s.startDate() != null && (start == null || s.startDate().isBefore(start))) {
                start = s.startDate();
            }
            if (s.endDate() != null && (end == null || s.endDate().isAfter(end))) {
                end = s.endDate();
            }
        }
        return start == null && end == null ? null : new ArchiveFile.Dates(start, end);
    }
}
