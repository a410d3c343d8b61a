package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import java.util.List;

/** Training projects and their plans. */
public interface ProjectRepository {

    AnnualPlan store(AnnualPlan plan);

    TrainingProject store(TrainingProject project);

    /** Writes pending inserts now (a bulk import collects their audit entries before the commit). */
    void flush();

    java.util.Optional<TrainingProject> find(long id);

    java.util.Optional<AnnualPlan> findPlan(long id);

    /** Plans of a subtree scope and of the bureaus above its unit, newest first (none for another scope). */
    List<AnnualPlan> plansVisibleTo(DataScope scope);

    List<TrainingProject> projectsOf(AnnualPlan plan);

    /**
     * Projects the unit of a subtree scope may see: those of its own subtree (drafts included), those
     * of the bureaus above it once they are past the draft stage, and those its subtree proposed.
     */
    List<TrainingProject> search(DataScope scope, ProjectQuery query, int first, int max);

    long count(DataScope scope, ProjectQuery query);

    /**
     * The projects the unit at {@code unitPath} proposed, drafts included, and those the account
     * {@code leadAccountId} leads whoever proposed them (null: no lead), newest first.
     */
    List<TrainingProject> searchProposedBy(String unitPath, Long leadAccountId, ProjectQuery query, int first, int max);

    long countProposedBy(String unitPath, Long leadAccountId, ProjectQuery query);

    /**
     * How many projects owned inside {@code scope} stand at {@code status}: those proposed by a unit
     * below the owning bureau when {@code proposed}, else the bureau's own (a to-do count, never a
     * parent bureau's projects, on which the caller cannot act).
     */
    long countOwned(DataScope scope, ProjectStatus status, boolean proposed);

    /** Those of these projects in that status whose results no one has opened yet (no result batch). */
    List<TrainingProject> withoutResults(java.util.Collection<Long> ids, ProjectStatus status);

    /** Those of these projects in any of these statuses (materials due: the caller's own classes that have run). */
    List<TrainingProject> inStatus(java.util.Collection<Long> ids, java.util.Set<ProjectStatus> statuses);
}
