package cn.edu.ttms.application.result;

import cn.edu.ttms.application.audit.ConcurrentChanges;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.attendance.AttendanceRepository;
import cn.edu.ttms.domain.model.attendance.StageHours;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.BatchRefused;
import cn.edu.ttms.domain.model.result.InvalidResults;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultRules;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Forbidden;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Results entry per class (workflow.md §3): the host institution — or the school, for school-based
 * training — records each trainee's hours per stage (pre-filled from attendance) and score; the
 * policy in force computes grade, credits and module split, and each row keeps that policy's version.
 * A whole grid is checked at once and saved only if every row is right; a row someone else saved in
 * the meantime fails the save with who changed it (optimistic locking).
 */
@Stateless
@RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN", "PROJECT_LEAD", "INSTITUTION_STAFF"})
public class ResultEntry {

    @Inject
    CurrentCaller caller;

    @Inject
    BatchAccess access;

    @Inject
    ResultRepository results;

    @Inject
    ProjectRepository projects;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    AttendanceRepository attendance;

    @Inject
    ResultPolicies resultPolicies;

    @Inject
    ConcurrentChanges concurrentChanges;

    @Inject
    BatchSheets sheets;

    /**
     * The class's batch, created with a row per enrolled trainee on first use; trainees enrolled since
     * get their rows while the batch is still open. Hours come pre-filled from attendance when the
     * class recorded any.
     */
    public BatchSheet open(long projectId) {
        Caller me = caller.get();
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        if (!access.enters(me, project)) {
            if (project.visibleTo(me.organisationPath())) {
                throw notYours();
            }
            throw new RecordNotFound("TrainingProject", projectId);
        }
        if (!project.takesResults()) {
            throw BatchRefused.projectNotRunning(project.status());
        }
        ResultBatch batch = results.batchOfProject(projectId)
                .orElseGet(() -> results.store(new ResultBatch(project, me.username(), Instant.now())));
        if (batch.status().editable()) {
            addMissingRows(batch, project, me.username());
        }
        return sheets.of(batch, project);
    }

    /** A new row for every enrolled trainee without one, hours from attendance when sessions were held. */
    private void addMissingRows(ResultBatch batch, TrainingProject project, String by) {
        Set<Long> present = results.results(batch.id()).stream()
                .map(TrainingResult::teacherId)
                .collect(Collectors.toCollection(HashSet::new));
        Map<Long, Map<Integer, BigDecimal>> attended = new HashMap<>();
        for (StageHours h : attendance.hoursAttended(project.id())) {
            attended.computeIfAbsent(h.teacherId(), t -> new TreeMap<>()).put(h.stageNo(), h.hours());
        }
        Instant now = Instant.now();
        // a class that kept no attendance at all: every trainee starts with the hours each stage offers
        Map<Integer, BigDecimal> offered = new TreeMap<>(
                new ResultRules(project, resultPolicies.forProject(project).rules()).offered());
        offered.values().removeIf(Objects::isNull);
        Map<Integer, BigDecimal> fullHours = attendance.sessions(project.id()).isEmpty() ? offered : Map.of();
        for (int first = 0; ; first += 500) {
            List<Enrolment> page = enrolments.roster(project.id(), DataScope.everything(), first, 500);
            for (Enrolment e : page) {
                if (present.add(e.teacherId())) {
                    TrainingResult row =
                            new TrainingResult(batch, e.teacherId(), e.id(), e.unitPath(), project.year(), by, now);
                    Map<Integer, BigDecimal> hours =
                            attended.getOrDefault(e.teacherId(), fullHours.isEmpty() ? null : fullHours);
                    if (hours != null) {
                        row.attended(hours, by, now);
                    }
                    results.store(row);
                }
            }
            if (page.size() < 500) {
                return;
            }
        }
    }

    @RolesAllowed({
        "ADMIN",
        "PROVINCE_OFFICER",
        "BUREAU_STAFF",
        "BUREAU_REVIEWER",
        "SCHOOL_ADMIN",
        "PROJECT_LEAD",
        "INSTITUTION_STAFF"
    })
    public BatchSheet sheet(long batchId) {
        ResultBatch batch = access.visible(batchId);
        return sheets.of(batch, access.project(batch));
    }

    /**
     * Saves the grid: every line is checked first (each problem names its row and column) and nothing is
     * saved unless all are right.
     *
     * @throws InvalidResults with every problem
     * @throws cn.edu.ttms.domain.model.shared.ConcurrentChange when a row changed since the user read it
     */
    public BatchSheet save(long batchId, List<ResultLine> lines) {
        ResultBatch batch = access.visible(batchId);
        TrainingProject project = access.project(batch);
        if (!access.enters(caller.get(), project)) {
            throw notYours();
        }
        batch.checkEditable();
        CreditPolicy policy = resultPolicies.forProject(project);
        ResultRules rules = new ResultRules(project, policy.rules());
        Map<Long, TrainingResult> rows =
                results.results(batchId).stream().collect(Collectors.toMap(TrainingResult::id, Function.identity()));
        List<Violation> found = new ArrayList<>();
        List<Runnable> changes = new ArrayList<>();
        String by = caller.get().username();
        Instant now = Instant.now();
        int rowNo = 0;
        for (ResultLine line : lines) {
            rowNo++;
            TrainingResult row = rows.get(line.resultId());
            if (row == null) {
                found.add(Violation.of("row " + rowNo, "error.result.notInBatch", rowNo, line.resultId()));
                continue;
            }
            if (row.version() != line.version()) {
                throw concurrentChanges.describe("TrainingResult", row.id());
            }
            ResultRules.Computed computed = rules.compute(rowNo, line.stageHours(), line.score(), found);
            if (computed != null) {
                changes.add(() -> row.record(
                        computed.stages(),
                        line.score(),
                        computed.credit(),
                        computed.split(),
                        policy.id(),
                        policy.versionNo(),
                        by,
                        now));
            } else if (line.score() == null) {
                changes.add(() -> row.attended(line.stageHours(), by, now));
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidResults(found);
        }
        changes.forEach(Runnable::run);
        return sheets.of(batch, project);
    }

    /**
     * What one row would record if the grid were saved now, computed by the same rules and policy as
     * {@link #save} (the grid shows the credits while the row is edited). Nothing is written.
     *
     * @throws InvalidResults with the row's problems, each named by {@code rowNo} as on save
     */
    public ResultPreview preview(long batchId, int rowNo, ResultLine line) {
        ResultBatch batch = access.visible(batchId);
        TrainingProject project = access.project(batch);
        if (!access.enters(caller.get(), project)) {
            throw notYours();
        }
        batch.checkEditable();
        CreditPolicy policy = resultPolicies.forProject(project);
        List<Violation> found = new ArrayList<>();
        ResultRules.Computed c =
                new ResultRules(project, policy.rules()).compute(rowNo, line.stageHours(), line.score(), found);
        if (!found.isEmpty()) {
            throw new InvalidResults(found);
        }
        if (c == null) {
            return new ResultPreview(false, null, null, null, null, null, List.of(), null);
        }
        return new ResultPreview(
                true,
                c.credit().hours().value(),
                c.credit().grade(),
                c.credit().baseCredits().value(),
                c.credit().performanceCredits().value(),
                c.credit().credits().value(),
                c.split().stream()
                        .map(m -> new ResultRow.ModuleShareView(
                                m.module().name(),
                                m.hours().value(),
                                m.credits().value()))
                        .toList(),
                policy.versionNo());
    }

    static DomainException notYours() {
        return new Forbidden("error.batch.notYours", "only the class's lead, host or owning unit enters results");
    }
}
