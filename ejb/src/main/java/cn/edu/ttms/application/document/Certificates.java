package cn.edu.ttms.application.document;

import cn.edu.ttms.application.audit.TeacherRecordAccess;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.scope.ProjectReaders;
import cn.edu.ttms.domain.model.document.DocumentKind;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.BatchStatus;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.shared.Conflict;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Completion certificates (结业证书, issue 18 item 3): one per trainee whose result in a project is
 * recognised and passed, issued by the bureau that owns the project. The host institution and bureau
 * staff download a class's at once (a school administrator those of the school's teachers); a teacher
 * downloads their own.
 */
@Stateless
public class Certificates {

    @Inject
    CurrentCaller caller;

    @Inject
    ProjectRepository projects;

    @Inject
    ResultRepository results;

    @Inject
    TeacherRepository teachers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    DocumentIssuer issuer;

    @Inject
    DocumentPrinter printer;

    @Inject
    TeacherRecordAccess access;

    /**
     * The certificates of a project's trainees the caller may see: the host institution all of them,
     * bureau staff those of their subtree; none before the results are recognised.
     *
     * @throws RecordNotFound for a project the caller does not see, as for one that does not exist
     */
    @RolesAllowed({
        "ADMIN",
        "PROVINCE_OFFICER",
        "BUREAU_STAFF",
        "BUREAU_REVIEWER",
        "SCHOOL_ADMIN",
        "INSTITUTION_STAFF",
        "PROJECT_LEAD"
    })
    public List<IssuedPdf> ofProject(long projectId, String baseUrl) {
        Caller me = caller.get();
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        DataScope scope = readers(me, project);
        List<TrainingResult> passed = passed(project);
        Map<Long, Teacher> byId =
                teachers.byIds(passed.stream().map(TrainingResult::teacherId).toList());
        ProjectFacts facts = facts(project);
        List<DocumentIssuer.Pending> pending = new ArrayList<>();
        List<Long> exported = new ArrayList<>();
        for (TrainingResult r : passed) {
            Teacher t = byId.get(r.teacherId());
            if (t == null || !scope.includesPath(t.schoolPath())) {
                continue;
            }
            pending.add(certificate(project, facts, r, t, baseUrl));
            exported.add(t.id());
        }
        access.exported(exported, TeacherRecordAccess.Export.CERTIFICATE, project.name());
        return issuer.issueAll(pending);
    }

    /** The name of a project whose certificates the caller may download (for the zip's name). */
    @RolesAllowed({
        "ADMIN",
        "PROVINCE_OFFICER",
        "BUREAU_STAFF",
        "BUREAU_REVIEWER",
        "SCHOOL_ADMIN",
        "INSTITUTION_STAFF",
        "PROJECT_LEAD"
    })
    public String projectName(long projectId) {
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        readers(caller.get(), project);
        return project.name();
    }

    /**
     * A teacher's own certificate of a project (or staff in scope for that teacher).
     *
     * @throws RecordNotFound for a teacher or project outside scope
     * @throws Conflict when the teacher's result there is not recognised and passed (yet)
     */
    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN", "TEACHER"})
    public IssuedPdf ofTeacher(long teacherId, long projectId, String baseUrl) {
        Teacher teacher = teachers.find(teacherId, caller.get().scope())
                .orElseThrow(() -> new RecordNotFound("Teacher", teacherId));
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        TrainingResult result = passed(project).stream()
                .filter(r -> r.teacherId() == teacherId)
                .findFirst()
                .orElseThrow(() -> new Conflict(
                        "error.certificate.notPassed",
                        "no recognised and passed result of this teacher in this project",
                        project.name()));
        access.exported(List.of(teacherId), TeacherRecordAccess.Export.CERTIFICATE, project.name());
        DocumentIssuer.Pending one = certificate(project, facts(project), result, teacher, baseUrl);
        return issuer.issue(one.request(), one.layout());
    }

    /** Host institution staff see every trainee; bureau staff those of their subtree of a project they see. */
    private DataScope readers(Caller me, TrainingProject project) {
        return ProjectReaders.trainees(organisations, me, project);
    }

    /** The project's recognised results that passed, in trainee order. */
    private List<TrainingResult> passed(TrainingProject project) {
        ResultBatch batch = results.batchOfProject(project.id()).orElse(null);
        if (batch == null || batch.status() != BatchStatus.RECOGNISED) {
            return List.of();
        }
        return results.results(batch.id()).stream()
                .filter(r -> !r.voided() && r.scored() && r.grade() != Grade.FAIL)
                .sorted(Comparator.comparing(TrainingResult::id))
                .toList();
    }

    /** What every certificate of a project states about the project: looked up once per class. */
    private record ProjectFacts(Organisation issuingUnit, String host, LocalDate start, LocalDate end) {}

    private ProjectFacts facts(TrainingProject project) {
        Organisation owner = organisations
                .find(lastId(project.ownerPath()))
                .orElseThrow(() -> new IllegalStateException("no owner for project " + project.id()));
        String host = project.hostId() == null
                ? project.hosts()
                : organisations.find(project.hostId()).map(Organisation::name).orElse(project.hosts());
        LocalDate start = project.stages().stream()
                .map(ProjectStage::startDate)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        LocalDate end = project.stages().stream()
                .map(ProjectStage::endDate)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new ProjectFacts(DocumentIssuer.bureauOf(owner), host, start, end);
    }

    private DocumentIssuer.Pending certificate(
            TrainingProject project, ProjectFacts facts, TrainingResult r, Teacher teacher, String baseUrl) {
        String host = facts.host();
        LocalDate start = facts.start();
        LocalDate end = facts.end();
        TranscriptContent.Holder holder = new TranscriptContent.Holder(
                teacher.name(),
                teacher.identityNumber().masked(),
                teacher.school().name());
        String content = r.id() + " " + r.hours() + " " + r.credits() + " " + r.grade() + " " + project.name() + " "
                + project.code() + " " + host + " " + start + " " + end + " " + holder;
        return new DocumentIssuer.Pending(
                new DocumentIssuer.Request(
                        DocumentKind.CERTIFICATE,
                        teacher,
                        null,
                        project.id(),
                        facts.issuingUnit(),
                        content,
                        r.hours(),
                        r.credits(),
                        Set.of(r.id()),
                        baseUrl,
                        "结业证书-" + (project.code() == null ? project.id() : project.code()) + "-" + teacher.name()
                                + ".pdf"),
                (issue, seal) -> printer.certificate(
                        new CertificateContent(
                                holder,
                                project.code(),
                                project.name(),
                                project.level(),
                                host,
                                start,
                                end,
                                r.hours(),
                                r.credits(),
                                r.grade(),
                                issue),
                        seal));
    }

    private static long lastId(String path) {
        String[] parts = path.split("/");
        return Long.parseLong(parts[parts.length - 1]);
    }
}
