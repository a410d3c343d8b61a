package cn.edu.ttms.application.teacher;

import cn.edu.ttms.domain.model.teacher.DesignationKind;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.Teacher;
import java.util.List;

/**
 * A row of the registry: no full identity number, only the suffix staff search by, and whether the stored
 * number keeps its rules (false: changed past the application; shown flagged).
 */
public record TeacherSummary(
        long id,
        String name,
        Gender gender,
        String idSuffix,
        long schoolId,
        String schoolName,
        String subject,
        SchoolStage stage,
        String title,
        boolean privateSchool,
        List<DesignationKind> designations,
        boolean identityNumberValid)
        implements java.io.Serializable {

    // JavaBean-style accessors: Jakarta EL 5 (EE 10) does not see record components as properties,
    // and PrimeFaces sorts and keys rows through EL.
    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIdSuffix() {
        return idSuffix;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSubject() {
        return subject;
    }

    public SchoolStage getStage() {
        return stage;
    }

    static TeacherSummary of(Teacher t) {
        return new TeacherSummary(
                t.id(),
                t.name(),
                t.gender(),
                t.identityNumber().suffix(),
                t.school().id(),
                t.school().name(),
                t.subject(),
                t.stage(),
                t.title(),
                t.privateSchool(),
                t.designations().stream().map(d -> d.kind()).distinct().sorted().toList(),
                t.identityNumber().valid());
    }
}
