package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.TeacherProfile;
import java.time.LocalDate;
import java.util.List;

/**
 * The editable part of a teacher that a registration and a correction both carry; the two request
 * records implement it so that one method turns either into the domain's {@link TeacherProfile}.
 */
interface ProfileFields {

    String name();

    String phone();

    String subject();

    SchoolStage stage();

    String title();

    LocalDate serviceStart();

    Boolean privateSchool();

    List<TeacherDesignation> designations();

    /** The domain's profile; what Bean Validation cannot say (a blank name) is the domain's 422. */
    default TeacherProfile profile() {
        List<TeacherDesignation> given = designations() == null ? List.of() : designations();
        return new TeacherProfile(
                name(),
                phone(),
                subject(),
                stage(),
                title(),
                serviceStart(),
                Boolean.TRUE.equals(privateSchool()),
                given.stream().map(TeacherDesignation::toDomain).toList());
    }
}
