package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
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
}
