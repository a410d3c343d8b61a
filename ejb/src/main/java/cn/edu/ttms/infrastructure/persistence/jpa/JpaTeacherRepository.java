package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.teacher.Designation;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherMove;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaTeacherRepository implements TeacherRepository {

    private static final int IN_LIST_CHUNK = 1000;

    /** Teachers per INSERT of their export entries. */
    private static final int EXPORT_CHUNK = 1000;

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public java.util.Map<Long, Teacher> byIds(Collection<Long> ids) {
        java.util.Map<Long, Teacher> found = new java.util.HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += 1000) { // IN lists of a sane length
            em.createQuery("SELECT t FROM Teacher t JOIN FETCH t.school WHERE t.id IN :ids", Teacher.class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + 1000)))
                    .getResultList()
                    .forEach(t -> found.put(t.id(), t));
        }
        return found;
    }

    @Override
    public java.util.Map<Long, String> schoolPaths(Collection<Long> ids) {
        java.util.Map<Long, String> found = new java.util.HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) { // just two columns: no entities loaded
            em.createQuery("SELECT t.id, t.schoolPath FROM Teacher t WHERE t.id IN :ids", Object[].class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)))
                    .getResultList()
                    .forEach(row -> found.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        return found;
    }

    @Override
    public List<Member> members(DataScope scope) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "t.schoolPath", "t.id");
        return in
                .bind(em.createQuery(
                        "SELECT t.id, t.name, s.name FROM Teacher t JOIN t.school s WHERE " + in.text()
                                + " ORDER BY t.id",
                        Object[].class))
                .getResultList()
                .stream()
                .map(r -> new Member((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    @Override
    public java.util.Map<Long, String> identityNumbers(Collection<Long> ids) {
        java.util.Map<Long, String> found = new java.util.HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += 1000) {
            em.createQuery("SELECT t.id, t.identityNumber FROM Teacher t WHERE t.id IN :ids", Object[].class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + 1000)))
                    .getResultList()
                    .forEach(row -> found.put(
                            (Long) row[0], ((cn.edu.ttms.domain.model.teacher.IdentityNumber) row[1]).value()));
        }
        return found;
    }

    @Override
    public Optional<Teacher> find(long id, DataScope scope) {
        // by primary key, the scope checked on the row as ScopePredicates.within states it: a criteria
        // query built on every call cost a nomination 7 % of its time (docs/benchmarks.md)
        return Optional.ofNullable(em.find(Teacher.class, id))
                .filter(t -> ScopePredicates.admits(scope, t.schoolPath(), t.id()));
    }

    @Override
    public List<Teacher> search(TeacherQuery query, DataScope scope, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Teacher> q = cb.createQuery(Teacher.class);
        Root<Teacher> t = q.from(Teacher.class);
        t.fetch("school");
        q.where(predicates(cb, q, t, query, scope));
        q.orderBy(order(cb, t, query));
        return EmbeddableBatchReads.batch(
                        em.createQuery(q).setFirstResult(first).setMaxResults(max), "t.designations")
                .getResultList();
    }

    @Override
    public long count(TeacherQuery query, DataScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Teacher> t = q.from(Teacher.class);
        q.select(cb.count(t)).where(predicates(cb, q, t, query, scope));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] predicates(
            CriteriaBuilder cb, CriteriaQuery<?> q, Root<Teacher> t, TeacherQuery query, DataScope scope) {
        List<Predicate> where = new ArrayList<>();
        where.add(ScopePredicates.within(cb, scope, t.get("schoolPath"), t.get("id")));
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            if (IdentityNumber.isValid(text)) {
                where.add(cb.equal(t.get("identityNumber"), IdentityNumber.of(text)));
            } else if (text.matches("[0-9]{3}[0-9Xx]")) {
                where.add(cb.equal(t.get("idSuffix"), text.toUpperCase()));
            } else {
                where.add(cb.like(t.get("name"), text.replace("%", "").replace("_", "") + "%"));
            }
        }
        if (query.schoolId() != null) {
            where.add(cb.equal(t.get("school").get("id"), query.schoolId()));
        }
        if (query.subject() != null && !query.subject().isBlank()) {
            where.add(cb.equal(t.get("subject"), query.subject().strip()));
        }
        if (query.stage() != null) {
            where.add(cb.equal(t.get("stage"), query.stage()));
        }
        if (query.designation() != null) {
            var sub = q.subquery(Long.class);
            Root<Teacher> d = sub.from(Teacher.class);
            Join<Teacher, Designation> designation = d.join("designations");
            sub.select(d.get("id"))
                    .where(cb.equal(d.get("id"), t.get("id")), cb.equal(designation.get("kind"), query.designation()));
            where.add(cb.exists(sub));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Teacher> t, TeacherQuery query) {
        String by = query.sortBy() == null ? "name" : query.sortBy();
        var path = switch (by) {
            case "school", "schoolName" -> t.get("school").get("name");
            case "subject" -> t.get("subject");
            case "stage" -> t.get("stage");
            default -> t.get("name");
        };
        Order primary = query.descending() ? cb.desc(path) : cb.asc(path);
        return List.of(primary, cb.asc(t.get("id")));
    }

    @Override
    public Set<String> registeredAmong(Collection<String> identityNumbers) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(identityNumbers);
        for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK));
            var query = em.createNativeQuery("SELECT identity_number FROM teacher WHERE identity_number IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")");
            for (int p = 0; p < chunk.size(); p++) {
                query.setParameter(p + 1, chunk.get(p));
            }
            for (Object row : query.getResultList()) {
                found.add(String.valueOf(row));
            }
        }
        return found;
    }

    @Override
    public Teacher store(Teacher teacher) {
        if (teacher.id() == null) {
            em.persist(teacher);
        }
        return teacher;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void storeMove(TeacherMove move) {
        em.persist(move);
    }

    @Override
    public List<TeacherMove> moves(Teacher teacher) {
        return em.createQuery("SELECT m FROM TeacherMove m WHERE m.teacher = :t ORDER BY m.movedOn", TeacherMove.class)
                .setParameter("t", teacher)
                .getResultList();
    }

    @Override
    public Optional<Teacher> withIdentityNumber(String identityNumber) {
        List<?> ids = em.createNativeQuery("SELECT id FROM teacher WHERE identity_number = ?")
                .setParameter(1, identityNumber)
                .getResultList();
        return ids.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(em.find(Teacher.class, ((Number) ids.get(0)).longValue()));
    }

    @Override
    public void forgetLoaded() {
        em.clear();
    }

    @Override
    public void recordExported(List<Teacher> exported, String actor, Instant at, String detail) {
        Timestamp now = Timestamp.from(at);
        for (int i = 0; i < exported.size(); i += EXPORT_CHUNK) {
            List<Teacher> chunk = exported.subList(i, Math.min(exported.size(), i + EXPORT_CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO audit_entry (at, actor, action, entity_type, entity_id,"
                    + " scope_path, detail) VALUES ");
            for (int k = 0; k < chunk.size(); k++) {
                sql.append(k == 0 ? "" : ",").append("(?, ?, 'EXPORT', 'Teacher', ?, ?, ?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Teacher t : chunk) {
                insert.setParameter(p++, now)
                        .setParameter(p++, actor)
                        .setParameter(p++, String.valueOf(t.id()))
                        .setParameter(p++, t.schoolPath())
                        .setParameter(p++, detail);
            }
            insert.executeUpdate();
        }
    }

    @Override
    public java.util.Map<String, Registration> registrationsAmong(Collection<String> identityNumbers) {
        java.util.Map<String, Registration> found = new java.util.HashMap<>();
        List<String> all = new ArrayList<>(identityNumbers);
        for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK));
            var query = em.createNativeQuery("SELECT id, identity_number, name, school_path FROM teacher"
                    + " WHERE identity_number IN (" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                    + ")");
            for (int p = 0; p < chunk.size(); p++) {
                query.setParameter(p + 1, chunk.get(p));
            }
            for (Object row : query.getResultList()) {
                Object[] cells = (Object[]) row;
                String number = String.valueOf(cells[1]).strip();
                found.put(
                        number,
                        new Registration(
                                ((Number) cells[0]).longValue(),
                                number,
                                String.valueOf(cells[2]),
                                String.valueOf(cells[3])));
            }
        }
        return found;
    }
}
