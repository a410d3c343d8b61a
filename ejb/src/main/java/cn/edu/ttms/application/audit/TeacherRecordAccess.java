package cn.edu.ttms.application.audit;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A teacher's personal data leaving the system in a file, recorded per teacher (art. 20): one EXPORT
 * entry about each teacher in the file ({@code Teacher}, the teacher's id, filed under the teacher's
 * school), so that the teacher reads it in "谁查看了我的档案" — a roster or a unit's compliance sheet
 * is as much a disclosure of each person in it as a download of one archive. Written in the caller's
 * transaction, with one query for the schools and one multi-row insert per 500 entries, whatever the
 * number of teachers.
 *
 * <p>A teacher's own download of their own record is no disclosure to anyone and is not recorded.
 */
@Stateless
@PermitAll
public class TeacherRecordAccess {

    /** Room for a subject in {@code audit_entry.detail} (1000 characters) after the kind. */
    private static final int SUBJECT_MAX = 900;

    /**
     * What the file was; stored as the detail's prefix ({@code ROSTER: 名单导出测试 (xlsx)}), which the
     * audit pages put into words in the reader's language.
     */
    public enum Export {
        /** A teacher's training archive as a spreadsheet. */
        ARCHIVE,
        /** A school's or county's compliance sheet (达标统计). */
        COMPLIANCE,
        /** A project's roster (培训名单). */
        ROSTER,
        /** The teacher registry. */
        REGISTRY,
        /** A transcript (培训学时学分证明). */
        TRANSCRIPT,
        /** A completion certificate (结业证书). */
        CERTIFICATE;

        /** The detail an entry of this kind carries: {@code KIND: subject}, or just {@code KIND}. */
        public String detail(String subject) {
            if (subject == null || subject.isBlank()) {
                return name();
            }
            String s = subject.strip();
            return name() + ": " + (s.length() <= SUBJECT_MAX ? s : s.substring(0, SUBJECT_MAX) + "…");
        }
    }

    @Inject
    TeacherRepository teachers;

    @Inject
    AuditBatch batch;

    @Inject
    CurrentCaller caller;

    /**
     * Records that the current caller exported these teachers' records.
     *
     * @param teacherIds the teachers in the file (duplicates and unknown ids are ignored)
     * @param what what the file is
     * @param subject what it is about, as the reader should see it (a project's name, a cycle, a
     *     format), or null
     * @return the number of entries written (the caller's own record is not counted)
     */
    public int exported(Collection<Long> teacherIds, Export what, String subject) {
        Objects.requireNonNull(what, "what");
        Set<Long> ids = new LinkedHashSet<>(teacherIds);
        Long me = callerTeacher();
        if (me != null) {
            ids.remove(me);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, String> paths = teachers.schoolPaths(ids);
        Instant at = Instant.now();
        String actor = AuditActor.current();
        String detail = what.detail(subject);
        List<AuditBatch.Entry> entries = new ArrayList<>(ids.size());
        for (Long id : ids) {
            String path = paths.get(id);
            if (path != null) {
                entries.add(new AuditBatch.Entry(
                        at, actor, AuditAction.EXPORT, "Teacher", String.valueOf(id), path, null, null, detail));
            }
        }
        batch.write(entries);
        return entries.size();
    }

    /** As {@link #exported(Collection, Export, String)} without a subject. */
    public int exported(Collection<Long> teacherIds, Export what) {
        return exported(teacherIds, what, null);
    }

    private Long callerTeacher() {
        try {
            Caller c = caller.get();
            return c == null ? null : c.teacherId();
        } catch (RuntimeException e) {
            return null; // a system task: nobody's own record
        }
    }
}
