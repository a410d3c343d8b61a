package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    public UserAccount store(UserAccount account) {
        if (account.id() == null) {
            em.persist(account);
        }
        return account;
    }
}
