package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.shared.Level;
import java.util.List;

/** Training projects and their plans. */
public interface ProjectRepository {

    AnnualPlan store(AnnualPlan plan);

    TrainingProject store(TrainingProject project);

    java.util.Optional<TrainingProject> find(long id);

    /**
     * Projects a unit at {@code callerPath} may see: those of its own subtree (drafts included) and
     * those of the bureaus above it once they are past the draft stage.
     */
    List<TrainingProject> search(String callerPath, Integer year, Level level, ProjectStatus status, int first, int max);

    long count(String callerPath, Integer year, Level level, ProjectStatus status);
}
