package cn.edu.ttms.application.teacher;

import cn.edu.ttms.domain.model.teacher.Designation;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherMove;
import java.time.LocalDate;
import java.util.List;

/**
 * One teacher's record as staff in scope (or the teacher) see it, with its version for editing. The
 * identity number as stored: {@code identityNumberValid} false flags one changed past the application,
 * whose birth date may then be unknown (null).
 */
public record TeacherDetails(
        long id,
        long version,
        String name,
        Gender gender,
        String identityNumber,
        LocalDate birthDate,
        String phone,
        long schoolId,
        String schoolName,
        String subject,
        SchoolStage stage,
        String title,
        LocalDate serviceStart,
        boolean privateSchool,
        List<Designation> designations,
        List<Move> moves,
        boolean identityNumberValid)
        implements java.io.Serializable {

    /** A dated move between schools. */
    public record Move(LocalDate on, String from, String to, String recordedBy) implements java.io.Serializable {}

    static TeacherDetails of(Teacher t, List<TeacherMove> moves) {
        return new TeacherDetails(
                t.id(),
                t.version(),
                t.name(),
                t.gender(),
                t.identityNumber().value(),
                t.identityNumber().birthDate(),
                t.phone(),
                t.school().id(),
                t.school().name(),
                t.subject(),
                t.stage(),
                t.title(),
                t.serviceStart(),
                t.privateSchool(),
                t.designations(),
                moves.stream()
                        .map(m -> new Move(
                                m.movedOn(), m.fromSchool().name(), m.toSchool().name(), m.recordedBy()))
                        .toList(),
                t.identityNumber().valid());
    }
}
