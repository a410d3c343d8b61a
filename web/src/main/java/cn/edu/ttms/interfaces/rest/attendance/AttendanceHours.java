package cn.edu.ttms.interfaces.rest.attendance;

import cn.edu.ttms.application.attendance.HoursSheet;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/v1/projects/{id}/attendance}: each stage's sessions and hours, and per trainee the
 * hours attended in every stage (0.0 where none) and in all.
 */
@Schema(name = "AttendanceHours")
@JsonbPropertyOrder({"projectId", "projectName", "status", "stages", "trainees"})
public record AttendanceHours(
        long projectId, String projectName, ProjectStatus status, List<StageTotal> stages, List<Trainee> trainees) {

    @Schema(name = "AttendanceStageTotal")
    @JsonbPropertyOrder({"stageNo", "sessions", "hours"})
    public record StageTotal(int stageNo, int sessions, BigDecimal hours) {}

    @Schema(name = "AttendanceStageHours")
    @JsonbPropertyOrder({"stageNo", "hours"})
    public record StageHours(int stageNo, BigDecimal hours) {}

    @Schema(name = "AttendanceTraineeHours")
    @JsonbPropertyOrder({"teacherId", "enrolmentId", "name", "school", "stages", "total"})
    public record Trainee(
            long teacherId, long enrolmentId, String name, String school, List<StageHours> stages, BigDecimal total) {}

    public static AttendanceHours of(HoursSheet sheet) {
        return new AttendanceHours(
                sheet.projectId(),
                sheet.projectName(),
                sheet.status(),
                sheet.stages().stream()
                        .map(s -> new StageTotal(s.stageNo(), s.sessions(), s.hours()))
                        .toList(),
                sheet.trainees().stream()
                        .map(t -> new Trainee(
                                t.teacherId(),
                                t.enrolmentId(),
                                t.name(),
                                t.school(),
                                sheet.stages().stream()
                                        .map(s -> new StageHours(s.stageNo(), t.hours(s.stageNo())))
                                        .toList(),
                                t.total()))
                        .toList());
    }
}
