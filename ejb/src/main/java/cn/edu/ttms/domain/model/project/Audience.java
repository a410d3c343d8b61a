package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.teacher.SchoolStage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whom a project is for (培训对象): the school stages (学段) and subjects its terms name; none named
 * means any. A nomination outside the audience is not refused — a bureau may have reasons — but the
 * nominating staff are warned first (issue 17, item 7).
 *
 * <p>A subject matches when it is the audience's subject or one contains the other, so that a teacher
 * of "数学" matches a project for "初中数学" and a teacher of "小学语文" one for "语文"; a teacher without
 * a recorded subject or stage does not match an audience that names them.
 */
public record Audience(Set<SchoolStage> stages, List<String> subjects) implements java.io.Serializable {

    /** What does not match. */
    public enum Mismatch {
        STAGE,
        SUBJECT
    }

    public Audience {
        stages = stages == null || stages.isEmpty() ? EnumSet.noneOf(SchoolStage.class) : EnumSet.copyOf(stages);
        subjects = subjects == null
                ? List.of()
                : subjects.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static Audience of(ProjectTerms terms) {
        return new Audience(java.util.Set.copyOf(terms.audienceStages()), terms.audienceSubjects());
    }

    /** Whether the project names neither stages nor subjects: everyone matches. */
    public boolean anyone() {
        return stages.isEmpty() && subjects.isEmpty();
    }

    /** What of a teacher's stage and subject falls outside the audience; empty when the teacher matches. */
    public Set<Mismatch> mismatches(String subject, SchoolStage stage) {
        Set<Mismatch> out = EnumSet.noneOf(Mismatch.class);
        if (!stages.isEmpty() && (stage == null || !stages.contains(stage))) {
            out.add(Mismatch.STAGE);
        }
        if (!subjects.isEmpty() && !teaches(subject)) {
            out.add(Mismatch.SUBJECT);
        }
        return out;
    }

    private boolean teaches(String subject) {
        if (subject == null || subject.isBlank()) {
            return false;
        }
        String s = subject.strip();
        return subjects.stream().anyMatch(a -> a.equals(s) || a.contains(s) || s.contains(a));
    }
}
