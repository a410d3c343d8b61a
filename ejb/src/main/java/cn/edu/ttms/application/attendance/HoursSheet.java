package cn.edu.ttms.application.attendance;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The hours each trainee of a project attended, per stage: the sum of the hours of the sessions they
 * attended. What the results of the project read (a trainee's attended hours against the stage's). The
 * trainees are those the reader may see, each enrolled one listed even with no hours.
 */
public record HoursSheet(
        long projectId, String projectName, ProjectStatus status, List<StageTotal> stages, List<TraineeHours> trainees)
        implements Serializable {

    /** Whether any session has been held. */
    public boolean anySessions() {
        return stages.stream().anyMatch(s -> s.sessions() > 0);
    }

    /** A stage: how many sessions were held and the hours they were worth together. */
    public record StageTotal(int stageNo, int sessions, BigDecimal hours) implements Serializable {}

    /** One trainee's attended hours by stage number (stages without attendance are absent), and in all. */
    public record TraineeHours(
            long teacherId,
            long enrolmentId,
            String name,
            String school,
            Map<Integer, BigDecimal> byStage,
            BigDecimal total)
            implements Serializable {

        /** The hours attended in a stage, 0.0 when none. */
        public BigDecimal hours(int stageNo) {
            return byStage.getOrDefault(stageNo, BigDecimal.ZERO.setScale(1));
        }
    }
}
