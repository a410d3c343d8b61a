package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One teacher's record with its {@code version} for a correction. {@code phone}, {@code title} and
 * {@code serviceStart} are always present, {@code null} when unknown (as they always were).
 */
@Schema(name = "TeacherDetails")
@JsonbPropertyOrder({
    "id",
    "version",
    "name",
    "gender",
    "identityNumber",
    "identityNumberValid",
    "birthDate",
    "school",
    "subject",
    "stage",
    "privateSchool",
    "designations",
    "moves",
    "phone",
    "title",
    "serviceStart"
})
public record TeacherDetails(
        long id,
        long version,
        String name,
        Gender gender,
        String identityNumber,
        @Schema(description = "false：库中的身份证号校验不通过（照常显示并标出）") boolean identityNumberValid,
        @Schema(description = "由身份证号得出；身份证号无效时不给出") LocalDate birthDate,
        TeacherSchool school,
        String subject,
        SchoolStage stage,
        boolean privateSchool,
        List<TeacherDesignation> designations,
        List<Move> moves,
        @JsonbNillable @Schema(nullable = true) String phone,
        @JsonbNillable @Schema(nullable = true) String title,
        @JsonbNillable @Schema(nullable = true) LocalDate serviceStart) {

    /** A dated move between schools, by school name. */
    @Schema(name = "TeacherSchoolMove")
    @JsonbPropertyOrder({"on", "from", "to"})
    public record Move(LocalDate on, String from, String to) {}

    static TeacherDetails of(cn.edu.ttms.application.teacher.TeacherDetails t) {
        return new TeacherDetails(
                t.id(),
                t.version(),
                t.name(),
                t.gender(),
                t.identityNumber(),
                t.identityNumberValid(),
                t.birthDate(),
                new TeacherSchool(t.schoolId(), t.schoolName()),
                t.subject(),
                t.stage(),
                t.privateSchool(),
                t.designations().stream().map(TeacherDesignation::of).toList(),
                t.moves().stream().map(m -> new Move(m.on(), m.from(), m.to())).toList(),
                t.phone(),
                t.title(),
                t.serviceStart());
    }
}
