package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.domain.model.teacher.DesignationKind;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of the registry (api.md {@code GET /teachers?q=}): no full identity number, only its suffix. */
@Schema(name = "TeacherSummary")
@JsonbPropertyOrder({
    "id",
    "name",
    "gender",
    "idSuffix",
    "identityNumberValid",
    "school",
    "subject",
    "stage",
    "designations"
})
public record TeacherSummary(
        long id,
        String name,
        Gender gender,
        @Schema(description = "身份证号后 4 位") String idSuffix,
        @Schema(description = "false：库中的身份证号校验不通过（照常显示并标出）") boolean identityNumberValid,
        TeacherSchool school,
        String subject,
        SchoolStage stage,
        List<DesignationKind> designations) {

    static TeacherSummary of(cn.edu.ttms.application.teacher.TeacherSummary t) {
        return new TeacherSummary(
                t.id(),
                t.name(),
                t.gender(),
                t.idSuffix(),
                t.identityNumberValid(),
                new TeacherSchool(t.schoolId(), t.schoolName()),
                t.subject(),
                t.stage(),
                List.copyOf(t.designations()));
    }
}
