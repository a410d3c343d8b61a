package cn.edu.ttms.domain.model.teacher;

/**
 * A search of the registry as staff type it: {@code text} matches the start of a name, the last four
 * characters of an identity number, or a whole identity number; the rest narrow it down.
 * {@code sortBy} is one of name, school (or schoolName), subject, stage (default name).
 */
public record TeacherQuery(
        String text,
        Long schoolId,
        String subject,
        SchoolStage stage,
        DesignationKind designation,
        String sortBy,
        boolean descending) {

    public static TeacherQuery all() {
        return new TeacherQuery(null, null, null, null, null, null, false);
    }

    public static TeacherQuery text(String text) {
        return new TeacherQuery(text, null, null, null, null, null, false);
    }
}
