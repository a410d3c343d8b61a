package cn.edu.ttms.application.result;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.BatchStatus;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Lists of result batches in the caller's scope (api.md {@code GET /result-batches}). */
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
public class BatchQueries {

    @Inject
    CurrentCaller caller;

    @Inject
    BatchAccess access;

    @Inject
    ResultRepository results;

    @Inject
    ProjectRepository projects;

    @Inject
    BatchSheets sheets;

    public List<BatchSummary> list(Long projectId, BatchStatus status, int first, int max) {
        Caller me = caller.get();
        return results.batches(me.scope(), access.ownProjects(me), projectId, status, first, max).stream()
                .map(this::summary)
                .toList();
    }

    public long count(Long projectId, BatchStatus status) {
        Caller me = caller.get();
        return results.countBatches(me.scope(), access.ownProjects(me), projectId, status);
    }

    /**
     * The classes the caller leads or hosts that have ended and whose results no one has opened yet, in
     * the order of their last day.
     */
    public List<TrainingProject> resultsDue(java.time.LocalDate today) {
        return projects.withoutResults(access.ownProjects(caller.get()), ProjectStatus.IN_PROGRESS).stream()
                .filter(p -> p.resultsDueOn(today))
                .sorted(java.util.Comparator.comparing(TrainingProject::lastDay))
                .toList();
    }

    /** The batch of a project, if one was opened and the caller sees it. */
    public Optional<Long> batchOfProject(long projectId) {
        Caller me = caller.get();
        return results.batchOfProject(projectId)
                .filter(b ->
                        projects.find(projectId).map(p -> access.sees(me, b, p)).orElse(false))
                .map(ResultBatch::id);
    }

    private BatchSummary summary(ResultBatch b) {
        Optional<TrainingProject> p = projects.find(b.projectId());
        return new BatchSummary(
                b.id(),
                b.projectId(),
                p.map(TrainingProject::code).orElse(null),
                p.map(TrainingProject::name).orElse("#" + b.projectId()),
                p.map(TrainingProject::year).orElse(0),
                b.revision(),
                b.status(),
                b.integrity(),
                b.verifiedAt(),
                (int) results.countResults(b.id()),
                sheets.signatures(b.id()));
    }
}
