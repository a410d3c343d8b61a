package cn.edu.ttms.domain.model.teacher;

import cn.edu.ttms.domain.model.organisation.DataScope;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The teacher registry. Every finder takes the caller's scope: no query reads outside it. */
public interface TeacherRepository {

    Optional<Teacher> find(long id, DataScope scope);

    /**
     * The teachers behind records the caller has already been shown (enrolments, attendance), by id,
     * in one query: the record's own scope check stands for theirs. Ids not found are absent.
     */
    java.util.Map<Long, Teacher> byIds(Collection<Long> ids);

    /** A teacher in a list of many: id, name and school only (no designations, no moves). */
    record Member(long id, String name, String schoolName) {}

    /** Every teacher in {@code scope}, by id: one query, however many. */
    List<Member> members(DataScope scope);

    /** Just the identity numbers of these teachers, by id (what a signed snapshot holds of them). */
    java.util.Map<Long, String> identityNumbers(Collection<Long> ids);

    /**
     * The school paths of these teachers, by id (what an audit entry about each is filed under), in
     * one query per thousand ids. Ids not found are absent.
     */
    default java.util.Map<Long, String> schoolPaths(Collection<Long> ids) {
        java.util.Map<Long, String> paths = new java.util.HashMap<>();
        byIds(ids).forEach((id, t) -> paths.put(id, t.schoolPath()));
        return paths;
    }

    List<Teacher> search(TeacherQuery query, DataScope scope, int first, int max);

    long count(TeacherQuery query, DataScope scope);

    /** Which of these identity numbers are registered already (anywhere: a person is registered once). */
    Set<String> registeredAmong(Collection<String> identityNumbers);

    Teacher store(Teacher teacher);

    /** Writes pending changes now (a bulk import writes its audit entries right after). */
    void flush();

    void storeMove(TeacherMove move);

    List<TeacherMove> moves(Teacher teacher);

    /**
     * The teacher with this identity number, wherever registered: only for a directory sign-in that
     * opens the teacher's own account (there is no caller, and so no scope, yet).
     */
    Optional<Teacher> withIdentityNumber(String identityNumber);

    /** Forgets the teachers loaded so far, so that a long export paging through thousands stays small. */
    void forgetLoaded();

    /**
     * One EXPORT entry in the audit trail for each exported teacher, under the teacher's school, written
     * in bulk: personal data left the system ({@code detail}: how, e.g. {@code xlsx}).
     */
    void recordExported(List<Teacher> exported, String actor, Instant at, String detail);

    /** A registered teacher as matching an upload needs it: who, the registered name, the school's path. */
    record Registration(long id, String identityNumber, String name, String schoolPath) {}

    /**
     * The registered teachers among these identity numbers, by number, anywhere: an upload that names
     * teachers by number tells a number nobody registered from a teacher outside the uploader's reach,
     * which the caller's scope then decides (as {@link #registeredAmong}).
     */
    java.util.Map<String, Registration> registrationsAmong(Collection<String> identityNumbers);
}
