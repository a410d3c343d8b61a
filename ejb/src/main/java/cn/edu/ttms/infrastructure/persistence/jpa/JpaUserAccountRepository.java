package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.account.AccountStanding;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public OptionalLong credentialStamp(String username) {
        // the lock is one bit beside the version: set by a lock-out, cleared only by a successful sign-in, so a
        // credential remembered before a lock-out (bit clear) never matches while one is on record
        return em.createQuery(
                        "SELECT u.version, u.lockedUntil FROM UserAccount u WHERE u.username = :username",
                        Object[].class)
                .setParameter("username", username)
                .getResultStream()
                .mapToLong(row -> ((Number) row[0]).longValue() << 1 | (row[1] == null ? 0 : 1))
                .findFirst();
    }

    @Override
    public Optional<AccountStanding> standing(String username) {
        // one row per role (or one with none): account, organisation and roles in a single round trip
        List<?> rows = em.createNativeQuery("SELECT a.username, a.organisation_id, o.path, a.teacher_id, r.role,"
                        + " a.enabled, a.password_change_required"
                        + " FROM user_account a JOIN organisation o ON o.id = a.organisation_id"
                        + " LEFT JOIN user_role r ON r.user_id = a.id WHERE a.username = ?")
                .setParameter(1, username)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object row : rows) {
            Object role = ((Object[]) row)[4];
            if (role != null) {
                roles.add(Role.valueOf(role.toString()));
            }
        }
        Object[] first = (Object[]) rows.get(0);
        Number teacher = (Number) first[3];
        return Optional.of(new AccountStanding(
                (String) first[0],
                roles,
                ((Number) first[1]).longValue(),
                (String) first[2],
                teacher == null ? null : teacher.longValue(),
                truth(first[5]),
                truth(first[6])));
    }

    /** A BOOLEAN column as the drivers hand it over: Boolean (H2, Connector/J) or a number (MariaDB's TINYINT). */
    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    @Override
    public java.util.List<UserAccount> holding(Role role, DataScope scope) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "u.organisation.path", null);
        return in.bind(em.createQuery(
                        "SELECT u FROM UserAccount u WHERE :role MEMBER OF u.roles" + " AND u.enabled = TRUE AND "
                                + in.text() + " ORDER BY u.displayName",
                        UserAccount.class))
                .setParameter("role", role)
                .setMaxResults(500)
                .getResultList();
    }

    @Override
    public long countLockedAt(DataScope scope, java.time.Instant now) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "u.organisation.path", null);
        return in.bind(em.createQuery(
                        "SELECT COUNT(u) FROM UserAccount u WHERE u.lockedUntil > :now AND " + in.text(), Long.class))
                .setParameter("now", now)
                .getSingleResult();
    }

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> find(long id, DataScope scope) {
        return find(id).filter(
                        a -> ScopePredicates.admits(scope, a.organisation().path(), null));
    }

    @Override
    public boolean anyHolds(Role role) {
        return em.createNamedQuery("UserAccount.countWithRole", Long.class)
                        .setParameter("role", role)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void recordFailedSignIn(long accountId, int consecutiveFailures, Instant lockedUntil) {
        // single-row SQL, no version bump: concurrent attempts of one account must not collide
        em.createNativeQuery("UPDATE user_account SET failed_sign_ins = ?, locked_until = ? WHERE id = ?")
                .setParameter(1, consecutiveFailures)
                .setParameter(2, lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .setParameter(3, accountId)
                .executeUpdate();
    }

    @Override
    public void recordSuccessfulSignIn(long accountId, Instant at) {
        em.createNativeQuery("UPDATE user_account SET failed_sign_ins = 0, locked_until = NULL, last_sign_in = ?"
                        + " WHERE id = ?")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, accountId)
                .executeUpdate();
    }

    @Override
    public void upgradePasswordHash(long accountId, String previous, String upgraded) {
        // only if unchanged meanwhile: a password changed at the same moment must not be undone
        em.createNativeQuery("UPDATE user_account SET password_hash = ? WHERE id = ? AND password_hash = ?")
                .setParameter(1, upgraded)
                .setParameter(2, accountId)
                .setParameter(3, previous)
                .executeUpdate();
    }

    @Override
    public UserAccount store(UserAccount account) {
        if (account.id() == null) {
            em.persist(account);
        }
        return account;
    }

    @Override
    public java.util.List<UserAccount> ofTeacher(long teacherId) {
        return em.createQuery(
                        "SELECT u FROM UserAccount u WHERE u.teacherId = :t ORDER BY u.username", UserAccount.class)
                .setParameter("t", teacherId)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<UserAccount> manageable(cn.edu.ttms.domain.model.account.AccountQuery query, int first, int max) {
        if (query.manageable().isEmpty()) {
            return List.of();
        }
        jakarta.persistence.TypedQuery<UserAccount> q = em.createQuery(
                "SELECT u FROM UserAccount u JOIN u.organisation o" + where(query) + " ORDER BY o.path, u.username",
                UserAccount.class);
        bind(q, query);
        // the unit with the same statement, the roles of the whole page in one more: never one query per row
        return q.setHint("eclipselink.join-fetch", "u.organisation")
                .setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countManageable(cn.edu.ttms.domain.model.account.AccountQuery query) {
        if (query.manageable().isEmpty()) {
            return 0;
        }
        jakarta.persistence.TypedQuery<Long> q =
                em.createQuery("SELECT COUNT(u) FROM UserAccount u JOIN u.organisation o" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    /**
     * The scope (as {@link ScopePredicates} states it), and for each kind of unit the roles the caller
     * could grant there: an account holding a role outside them is not the caller's to manage
     * ({@code RoleGrants.mayManage}), so it is not listed.
     */
    private static String where(cn.edu.ttms.domain.model.account.AccountQuery query) {
        StringBuilder jpql = new StringBuilder(" WHERE ").append(scope(query).text());
        if (query.unitPath() != null) {
            jpql.append(" AND ").append(unit(query).text());
        }
        if (text(query) != null) {
            jpql.append(" AND (u.username LIKE :text OR LOWER(u.displayName) LIKE :text)");
        }
        jpql.append(" AND (");
        int i = 0;
        for (var kind : query.manageable().keySet()) {
            if (i > 0) {
                jpql.append(" OR ");
            }
            jpql.append("(o.kind = :kind")
                    .append(i)
                    .append(" AND NOT EXISTS (SELECT r FROM UserAccount u2 JOIN u2.roles r")
                    .append(" WHERE u2.id = u.id AND r NOT IN :roles")
                    .append(i)
                    .append("))");
            i++;
        }
        return jpql.append(")").toString();
    }

    private static void bind(jakarta.persistence.Query q, cn.edu.ttms.domain.model.account.AccountQuery query) {
        scope(query).bind(q);
        if (query.unitPath() != null) {
            unit(query).bind(q);
        }
        String text = text(query);
        if (text != null) {
            q.setParameter("text", "%" + escape(text.toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        int i = 0;
        for (var e : query.manageable().entrySet()) {
            q.setParameter("kind" + i, e.getKey());
            q.setParameter("roles" + i, List.copyOf(e.getValue()));
            i++;
        }
    }

    private static String text(cn.edu.ttms.domain.model.account.AccountQuery query) {
        return query.text() == null || query.text().isBlank()
                ? null
                : query.text().strip();
    }

    private static ScopePredicates.Clause scope(cn.edu.ttms.domain.model.account.AccountQuery query) {
        return ScopePredicates.jpql(query.scope(), "o.path", null);
    }

    /** The unit filter: the unit's subtree, inside the caller's. */
    private static ScopePredicates.Clause unit(cn.edu.ttms.domain.model.account.AccountQuery query) {
        return ScopePredicates.jpql(DataScope.subtree(query.unitPath()), "o.path", null, "unit");
    }

    /** In a search text a '%' is dropped (an '_' matches one character, harmlessly). */
    private static String escape(String s) {
        return s.replace("%", "");
    }

    @Override
    public java.util.Map<String, cn.edu.ttms.domain.model.account.AccountName> namesOf(
            java.util.Collection<String> usernames) {
        java.util.Map<String, cn.edu.ttms.domain.model.account.AccountName> names = new java.util.HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        em.createQuery(
                        "SELECT u.username, u.displayName, o.name FROM UserAccount u JOIN u.organisation o"
                                + " WHERE u.username IN :names",
                        Object[].class)
                .setParameter("names", java.util.Set.copyOf(usernames))
                .getResultStream()
                .forEach(row -> names.put(
                        (String) row[0],
                        new cn.edu.ttms.domain.model.account.AccountName(
                                (String) row[0], (String) row[1], (String) row[2])));
        return names;
    }
}
