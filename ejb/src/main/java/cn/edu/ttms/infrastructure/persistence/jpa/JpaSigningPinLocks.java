package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.signing.SigningPinLock;
import cn.edu.ttms.domain.model.signing.SigningPinLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSigningPinLocks implements SigningPinLocks {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public Optional<SigningPinLock> of(long accountId) {
        return Optional.ofNullable(em.find(SigningPinLock.class, accountId));
    }

    @Override
    public SigningPinLock forUpdate(long accountId) {
        // INSERT IGNORE: two first wrong PINs at once must not collide on the key; both then wait on the row
        em.createNativeQuery("INSERT IGNORE INTO signing_pin_lock (account_id, failures) VALUES (?, 0)")
                .setParameter(1, accountId)
                .executeUpdate();
        return em.find(SigningPinLock.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<SigningPinLock> withFailuresIn(DataScope scope) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "u.organisation.path", null);
        return in.bind(em.createQuery(
                        "SELECT l FROM SigningPinLock l WHERE l.failures > 0 AND l.accountId IN"
                                + " (SELECT u.id FROM UserAccount u WHERE " + in.text() + ")"
                                + " ORDER BY l.lastFailureAt DESC",
                        SigningPinLock.class))
                .setMaxResults(500)
                .getResultList();
    }
}
