package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.audit.AuditEntry;
import cn.edu.ttms.domain.model.audit.AuditRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The audit trail through JPA; the scope of a listing becomes SQL in {@link ScopePredicates}. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public void store(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> inScope(
            DataScope scope, boolean unitless, String actor, AuditAction action, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> a = q.from(AuditEntry.class);
        q.select(a).where(where(cb, q, a, scope, unitless, actor, action)).orderBy(cb.desc(a.get("id")));
        return em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countInScope(DataScope scope, boolean unitless, String actor, AuditAction action) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AuditEntry> a = q.from(AuditEntry.class);
        q.select(cb.count(a)).where(where(cb, q, a, scope, unitless, actor, action));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] where(
            CriteriaBuilder cb,
            CriteriaQuery<?> q,
            Root<AuditEntry> a,
            DataScope scope,
            boolean unitless,
            String actor,
            AuditAction action) {
        List<Predicate> where = new ArrayList<>();
        Path<String> scopePath = a.get("scopePath");
        Predicate inScope = ScopePredicates.within(cb, scope, scopePath, null);
        where.add(unitless && scope.kind() == DataScope.Kind.SUBTREE ? cb.or(inScope, cb.isNull(scopePath)) : inScope);
        if (actor != null) {
            // people are looked for by what the page shows of them: their name, their unit, or the login name
            String like = "%" + actor.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            Subquery<String> who = q.subquery(String.class);
            Root<UserAccount> u = who.from(UserAccount.class);
            who.select(u.get("username"))
                    .where(cb.or(
                            cb.like(u.get("displayName"), like, '!'),
                            cb.like(u.get("username"), like, '!'),
                            cb.like(u.join("organisation").get("name"), like, '!')));
            where.add(cb.or(cb.equal(a.get("actor"), actor), a.get("actor").in(who)));
        }
        if (action != null) {
            where.add(cb.equal(a.get("action"), action));
        }
        return where.toArray(Predicate[]::new);
    }

    @Override
    public List<AuditEntry> historyOf(String entityType, String entityId, int max) {
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id"
                                + " ORDER BY a.id DESC",
                        AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Optional<LastUpdate> lastUpdate(String entityType, String entityId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT actor, at, after_json FROM audit_entry"
                        + " WHERE entity_type = ? AND entity_id = ? AND action = 'UPDATE' ORDER BY id DESC")
                .setParameter(1, entityType)
                .setParameter(2, entityId)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] last = rows.get(0);
        return Optional.of(new LastUpdate(
                last[0] == null ? null : String.valueOf(last[0]),
                instant(last[1]),
                last[2] == null ? null : String.valueOf(last[2])));
    }

    private static Instant instant(Object at) {
        if (at instanceof Timestamp t) {
            return t.toInstant();
        }
        if (at instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        return null;
    }
}
