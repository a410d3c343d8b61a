package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Level;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project in the list of {@code GET /api/v1/projects}: {@code code} is always there (null for a
 * project without one), {@code category} only when set; {@code stages} counts the stages.
 */
@Schema(name = "ProjectSummary")
@JsonbPropertyOrder({"id", "name", "year", "level", "status", "capacity", "places", "stages", "plan", "code", "category"
})
public record ProjectSummary(
        long id,
        String name,
        int year,
        Level level,
        ProjectStatus status,
        int capacity,
        int places,
        int stages,
        ProjectDetails.PlanRef plan,
        @JsonbNillable @Schema(nullable = true) String code,
        String category) {

    static ProjectSummary of(TrainingProject p) {
        return new ProjectSummary(
                p.id(),
                p.name(),
                p.year(),
                p.level(),
                p.status(),
                p.capacity(),
                p.places(),
                p.stages().size(),
                new ProjectDetails.PlanRef(p.plan().id(), p.plan().name()),
                p.code(),
                p.category());
    }

    /** A page of projects and how many there are in all. */
    @Schema(name = "ProjectPage")
    @JsonbPropertyOrder({"items", "total"})
    public record Page(java.util.List<ProjectSummary> items, long total) {}
}
