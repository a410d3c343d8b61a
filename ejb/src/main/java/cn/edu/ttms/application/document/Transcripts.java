package cn.edu.ttms.application.document;

import cn.edu.ttms.application.audit.TeacherRecordAccess;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.compliance.Assessment;
import cn.edu.ttms.domain.model.compliance.ComplianceCalculator;
import cn.edu.ttms.domain.model.compliance.ComplianceReport;
import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.document.DocumentKind;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.policy.CreditPolicyRepository;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.ModulePart;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultRepository.ResultWithBatch;
import cn.edu.ttms.domain.model.shared.Cycle;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed transcript (培训学时学分证明) of a teacher's cycle (issue 18, item 1): for the teacher
 * themself and staff in scope, issued by the education bureau of the teacher's school.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN", "TEACHER"})
public class Transcripts {

    /** The years a transcript's cycle may start in: those of any record this system can hold. */
    public static final int FIRST_CYCLE_YEAR = 1990;

    public static final int LAST_CYCLE_YEAR = 2100;

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
    CreditPolicyRepository policyVersions;

    @Inject
    DocumentIssuer issuer;

    @Inject
    DocumentPrinter printer;

    @Inject
    TeacherRecordAccess access;

    /**
     * The transcript of the cycle starting in {@code cycleStart}; a cycle without results gives a
     * document that says so.
     *
     * @throws RecordNotFound for a teacher outside the caller's scope
     */
    public IssuedPdf transcript(long teacherId, int cycleStart, String baseUrl) {
        if (cycleStart < FIRST_CYCLE_YEAR || cycleStart > LAST_CYCLE_YEAR) {
            // checked before any arithmetic on it, for the API and the page alike
            throw new cn.edu.ttms.domain.model.shared.Invalid(
                    "error.transcript.cycleStart",
                    "cycleStart " + cycleStart + " is outside " + FIRST_CYCLE_YEAR + "–" + LAST_CYCLE_YEAR,
                    String.valueOf(cycleStart),
                    String.valueOf(FIRST_CYCLE_YEAR),
                    String.valueOf(LAST_CYCLE_YEAR));
        }
        Teacher teacher = teachers.find(teacherId, caller.get().scope())
                .orElseThrow(() -> new RecordNotFound("Teacher", teacherId));
        LocalDate today = LocalDate.now(cn.edu.ttms.domain.model.teacher.IdentityNumber.CHINA);
        CreditPolicy policy = policies.resolve(teacher.schoolPath(), today);
        Cycle cycle = policy.rules().cycleStartingIn(cycleStart);
        List<ResultWithBatch> rows = results.ofTeacher(teacherId).stream()
                .filter(r -> cycle.contains(r.result().year()))
                .toList();
        ComplianceReport report = new ComplianceCalculator(policy.rules())
                .assess(cycleStart, ResultWithBatch.records(rows), today.getYear());

        Map<Long, Optional<TrainingProject>> projectById = new HashMap<>();
        Map<Long, String> policyNames = new HashMap<>();
        List<TranscriptContent.Line> recognised = new ArrayList<>();
        List<TranscriptContent.Line> pending = new ArrayList<>();
        Set<Long> stated = new TreeSet<>();
        Set<String> policiesApplied = new LinkedHashSet<>();
        StringBuilder content = new StringBuilder();
        rows.stream()
                .sorted(Comparator.comparing((ResultWithBatch r) -> r.result().year())
                        .thenComparing(r -> r.result().id()))
                .forEach(r -> {
                    ResultStatus status = r.result().statusIn(r.batchStatus());
                    if (status == null || status == ResultStatus.VOID) {
                        return; // not shown (unscored) or void: a transcript does not list them
                    }
                    var x = r.result();
                    Optional<TrainingProject> project = projectById.computeIfAbsent(x.projectId(), projects::find);
                    String policyName = policyLabel(x.policyId(), x.policyVersion(), policyNames);
                    if (policyName != null) {
                        policiesApplied.add(policyName);
                    }
                    Map<Module, BigDecimal> modules = new EnumMap<>(Module.class);
                    for (ModulePart part : x.modules()) {
                        if (part.credits() != null && part.credits().signum() != 0) {
                            modules.merge(part.module(), part.credits(), BigDecimal::add);
                        }
                    }
                    TranscriptContent.Line line = new TranscriptContent.Line(
                            r.projectCode(),
                            r.projectName(),
                            r.level(),
                            x.year(),
                            project.flatMap(Transcripts::start).orElse(null),
                            project.flatMap(Transcripts::end).orElse(null),
                            x.hours(),
                            x.credits() == null ? BigDecimal.ZERO : x.credits(),
                            modules,
                            status,
                            policyName);
                    (status.isFinal() ? recognised : pending).add(line);
                    stated.add(x.id());
                    content.append(x.id())
                            .append(' ')
                            .append(status)
                            .append(' ')
                            .append(line.hours())
                            .append(' ')
                            .append(line.credits())
                            .append(' ')
                            .append(new java.util.TreeMap<>(modules))
                            .append(' ')
                            .append(policyName)
                            .append('\n');
                });

        TranscriptContent.Standing whole = standing(null, report.cycleAssessment());
        List<TranscriptContent.Standing> years =
                report.years().stream().map(a -> standing(a.firstYear(), a)).toList();
        content.append(whole).append('\n').append(years).append('\n');
        TranscriptContent.Holder holder = new TranscriptContent.Holder(
                teacher.name(),
                teacher.identityNumber().masked(),
                teacher.school().name());
        content.append(holder).append('\n');
        BigDecimal hours =
                recognised.stream().map(TranscriptContent.Line::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits =
                recognised.stream().map(TranscriptContent.Line::credits).reduce(BigDecimal.ZERO, BigDecimal::add);

        // staff downloads show on the teacher's 谁查看了我的档案; the teacher's own do not
        access.exported(
                List.of(teacherId), TeacherRecordAccess.Export.TRANSCRIPT, cycle.firstYear() + "–" + cycle.lastYear());
        List<String> applied = List.copyOf(policiesApplied);
        return issuer.issue(
                new DocumentIssuer.Request(
                        DocumentKind.TRANSCRIPT,
                        teacher,
                        cycleStart,
                        null,
                        DocumentIssuer.bureauOf(teacher.school()),
                        content.toString(),
                        hours,
                        credits,
                        stated,
                        baseUrl,
                        "培训学时学分证明-" + teacher.name() + "-" + cycle.firstYear() + "-" + cycle.lastYear() + ".pdf"),
                (issue, seal) -> printer.transcript(
                        new TranscriptContent(
                                holder,
                                cycle.firstYear(),
                                cycle.lastYear(),
                                recognised,
                                pending,
                                whole,
                                years,
                                applied,
                                issue),
                        seal));
    }

    private static TranscriptContent.Standing standing(Integer year, Assessment a) {
        List<RequirementRow> rows = a.rows();
        return new TranscriptContent.Standing(year, a.due(), a.compliant(), rows);
    }

    private String policyLabel(Long policyId, Integer version, Map<Long, String> names) {
        if (policyId == null) {
            return null;
        }
        String name = names.computeIfAbsent(
                policyId, id -> policyVersions.find(id).map(CreditPolicy::name).orElse(""));
        if (name.isEmpty()) {
            return null;
        }
        return version == null ? name : name + "（第 " + version + " 版）";
    }

    private static Optional<LocalDate> start(TrainingProject project) {
        return project.stages().stream()
                .map(ProjectStage::startDate)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    private static Optional<LocalDate> end(TrainingProject project) {
        return project.stages().stream()
                .map(ProjectStage::endDate)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }
}
