package cn.edu.ttms.application.teacher;

import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One teacher read from a sheet without any problem, ready to be registered. The gender always
 * agrees with the identity number (it is derived from it when the sheet leaves it out), so nothing
 * downstream has to choose between the two.
 *
 * @param row the row number as Excel shows it, to point back at the sheet
 * @param phone 11 digits, or {@code null} when the sheet gives none
 * @param schoolId the id the school's name resolved to
 * @param title 职称 as written, or {@code null}
 * @param serviceStart 参加工作时间, the first of the month when only a month is given, or {@code null}
 */
public record TeacherRow(
        int row,
        String name,
        Gender gender,
        IdentityNumber identityNumber,
        String phone,
        long schoolId,
        String schoolName,
        String subject,
        SchoolStage stage,
        String title,
        LocalDate serviceStart,
        boolean privateSchool) {

    public TeacherRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identityNumber, "identityNumber");
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(stage, "stage");
        if (gender != identityNumber.gender()) {
            throw new IllegalArgumentException("Gender " + gender + " contradicts " + identityNumber);
        }
    }
}
