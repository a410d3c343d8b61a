package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.application.audit.AuditLinks;
import cn.edu.ttms.application.audit.LinkedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of the records an audit page points at, one SQL statement per kind. Each statement selects the id, the
 * name, a number (a policy's version, a batch's revision), the owning unit's path and a teacher's own id (for an
 * account, the teacher it belongs to, if any).
 */
@ApplicationScoped
public class JpaLinkedRecords implements LinkedRecords {

    private static final Map<AuditLinks.Kind, String> QUERIES = Map.of(
            AuditLinks.Kind.UNIT,
            "SELECT id, name, NULL, path, NULL FROM organisation WHERE id IN (%s)",
            AuditLinks.Kind.ACCOUNT,
            "SELECT u.id, u.display_name, NULL, o.path, u.teacher_id FROM user_account u"
                    + " JOIN organisation o ON o.id = u.organisation_id WHERE u.id IN (%s)",
            AuditLinks.Kind.USERNAME,
            "SELECT u.username, u.display_name, NULL, o.path, u.teacher_id FROM user_account u"
                    + " JOIN organisation o ON o.id = u.organisation_id WHERE u.username IN (%s)",
            AuditLinks.Kind.TEACHER,
            "SELECT id, name, NULL, school_path, id FROM teacher WHERE id IN (%s)",
            AuditLinks.Kind.PLAN,
            "SELECT id, name, NULL, owner_path, NULL FROM annual_plan WHERE id IN (%s)",
            AuditLinks.Kind.PROJECT,
            "SELECT id, name, NULL, owner_path, NULL FROM training_project WHERE id IN (%s)",
            AuditLinks.Kind.BATCH,
            "SELECT b.id, p.name, b.revision, b.owner_path, NULL FROM result_batch b"
                    + " JOIN training_project p ON p.id = b.project_id WHERE b.id IN (%s)",
            AuditLinks.Kind.POLICY,
            "SELECT id, name, version_no, NULL, NULL FROM credit_policy WHERE id IN (%s)",
            AuditLinks.Kind.ROUND,
            "SELECT r.id, p.name, r.round_no, p.owner_path, NULL FROM enrolment_round r"
                    + " JOIN training_project p ON p.id = r.project_id WHERE r.id IN (%s)",
            // the day as a number (yyyymmdd): the same in H2 and MariaDB, where a date cast to text is not
            AuditLinks.Kind.SESSION,
            "SELECT s.id, p.name, EXTRACT(YEAR FROM s.session_date) * 10000"
                    + " + EXTRACT(MONTH FROM s.session_date) * 100 + EXTRACT(DAY FROM s.session_date), s.owner_path, NULL FROM attendance_session s"
                    + " JOIN training_project p ON p.id = s.project_id WHERE s.id IN (%s)");

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    @Override
    public Map<String, Found> find(AuditLinks.Kind kind, Set<String> ids) {
        Map<String, Found> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> keys = List.copyOf(ids);
        Query query;
        if (kind == AuditLinks.Kind.USERNAME) {
            String marks = java.util.stream.IntStream.rangeClosed(1, keys.size())
                    .mapToObj(i -> "?" + i)
                    .collect(Collectors.joining(", "));
            query = em.createNativeQuery(QUERIES.get(kind).formatted(marks));
            for (int i = 0; i < keys.size(); i++) {
                query.setParameter(i + 1, keys.get(i));
            }
        } else {
            // ids are digits only (AuditLinks.idOf): written into the statement as numbers, nothing else
            String numbers =
                    keys.stream().map(Long::parseLong).map(String::valueOf).collect(Collectors.joining(", "));
            query = em.createNativeQuery(QUERIES.get(kind).formatted(numbers));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            found.put(
                    String.valueOf(row[0]),
                    new Found(
                            row[1] == null ? null : String.valueOf(row[1]),
                            row[2] instanceof Number n ? n.intValue() : null,
                            row[3] == null ? null : String.valueOf(row[3]),
                            row[4] instanceof Number t ? t.longValue() : null));
        }
        return found;
    }
}
