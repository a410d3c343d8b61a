package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.account.AccountStanding;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public Optional<AccountStanding> standing(String username) {
        // one row per role (or one with none): account, organisation and roles in a single round trip
        List<?> rows = em.createNativeQuery("SELECT a.username, a.organisation_id, o.path, a.teacher_id, r.role,"
                + " a.enabled, a.password_change_required"
                + " FROM user_account a JOIN organisation o ON o.id = a.organisation_id"
                + " LEFT JOIN user_role r ON r.user_id = a.id WHERE a.username = ?")
                .setParameter(1, username).getResultList();
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
        return Optional.of(new AccountStanding((String) first[0], roles, ((Number) first[1]).longValue(),
                (String) first[2], teacher == null ? null : teacher.longValue(), truth(first[5]), truth(first[6])));
    }

    /** A BOOLEAN column as the drivers hand it over: Boolean (H2, Connector/J) or a number (MariaDB's TINYINT). */
    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    @Override
    public java.util.List<UserAccount> holding(Role role, String pathPrefix) {
        return em.createNamedQuery("UserAccount.holding", UserAccount.class).setParameter("role", role)
                .setParameter("prefix", pathPrefix + "%").setMaxResults(500).getResultList();
    }

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public boolean anyHolds(Role role) {
        return em.createNamedQuery("UserAccount.countWithRole", Long.class).setParameter("role", role)
                .getSingleResult() > 0;
    }

    @Override
    public void recordFailedSignIn(long accountId, int consecutiveFailures, Instant lockedUntil) {
        // single-row SQL, no version bump: concurrent attempts of one account must not collide
        em.createNativeQuery("UPDATE user_account SET failed_sign_ins = ?, locked_until = ? WHERE id = ?")
                .setParameter(1, consecutiveFailures)
                .setParameter(2, lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .setParameter(3, accountId).executeUpdate();
    }

    @Override
    public void recordSuccessfulSignIn(long accountId, Instant at) {
        em.createNativeQuery("UPDATE user_account SET failed_sign_ins = 0, locked_until = NULL, last_sign_in = ?"
                + " WHERE id = ?").setParameter(1, Timestamp.from(at)).setParameter(2, accountId).executeUpdate();
    }

    @Override
    public void upgradePasswordHash(long accountId, String previous, String upgraded) {
        // only if unchanged meanwhile: a password changed at the same moment must not be undone
        em.createNativeQuery("UPDATE user_account SET password_hash = ? WHERE id = ? AND password_hash = ?")
                .setParameter(1, upgraded).setParameter(2, accountId).setParameter(3, previous).executeUpdate();
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
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.teacherId = :t ORDER BY u.username", UserAccount.class)
                .setParameter("t", teacherId).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
