package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.teacher.Designation;
import cn.edu.ttms.domain.model.teacher.DesignationKind;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An honour a teacher holds, as the API reads and writes it: {@code {"kind", "level", "year"}}. */
@Schema(name = "TeacherDesignation", description = "骨干教师、学科带头人、名师等称号：类别、级别、获评年份")
@JsonbPropertyOrder({"kind", "level", "year"})
public record TeacherDesignation(
        @NotNull DesignationKind kind,
        @NotNull Level level,

        @NotNull @Min(1900) @Max(2200) @Schema(example = "2019")
        Integer year) {

    static TeacherDesignation of(Designation d) {
        return new TeacherDesignation(d.kind(), d.level(), d.sinceYear());
    }

    /** The domain's designation; a year outside the domain's own window is its refusal (422). */
    Designation toDomain() {
        return new Designation(kind, level, year);
    }
}
