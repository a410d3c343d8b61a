package cn.edu.ttms.domain.model.teacher;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What staff may correct about a teacher in one go: everything but the identity number (the
 * person's key) and the school (which changes by a dated move).
 */
public record TeacherProfile(
        String name,
        String phone,
        String subject,
        SchoolStage stage,
        String title,
        LocalDate serviceStart,
        boolean privateSchool,
        List<Designation> designations) {

    public TeacherProfile {
        name = required(name, "name", 40);
        subject = required(subject, "subject", 20);
        Objects.requireNonNull(stage, "stage");
        phone = optional(phone, 20);
        title = optional(title, 20);
        if (serviceStart != null && serviceStart.isAfter(LocalDate.now(IdentityNumber.CHINA))) {
            throw new IllegalArgumentException("service start in the future");
        }
        designations = designations == null ? List.of() : List.copyOf(designations);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return optional(value, max);
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException("longer than " + max + ": " + v);
        }
        return v;
    }
}
