package cn.edu.ttms.interfaces.rest.teacher;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/teachers/{id}/moves}: {@code {"schoolId": 12, "on": "2026-09-01"}}. */
@Schema(name = "TeacherMove", description = "调往另一所学校（带日期）")
public record TeacherMove(
        @NotNull @Positive Long schoolId,

        @NotNull @Schema(description = "调动日期 yyyy-MM-dd", example = "2026-09-01")
        LocalDate on) {}
