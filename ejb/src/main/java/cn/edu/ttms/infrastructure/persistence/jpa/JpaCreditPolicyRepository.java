package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.policy.CreditPolicyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCreditPolicyRepository implements CreditPolicyRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public Optional<CreditPolicy> find(long id) {
        return Optional.ofNullable(em.find(CreditPolicy.class, id));
    }

    @Override
    public List<CreditPolicy> findAll() {
        return em.createQuery(
                        "SELECT p FROM CreditPolicy p LEFT JOIN FETCH p.jurisdiction ORDER BY p.name, p.versionNo DESC",
                        CreditPolicy.class)
                .getResultList();
    }

    @Override
    public List<CreditPolicy> history(String name) {
        return em.createQuery(
                        "SELECT p FROM CreditPolicy p WHERE p.name = :name ORDER BY p.versionNo", CreditPolicy.class)
                .setParameter("name", name)
                .getResultList();
    }

    @Override
    public CreditPolicy store(CreditPolicy policy) {
        if (policy.id() == null) {
            em.persist(policy);
            em.flush(); // an IDENTITY id: known only once the row is inserted
        }
        return policy;
    }
}
