package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.project.ProjectAssignments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Project leads and hosts through JPA. */
@ApplicationScoped
public class JpaProjectAssignments implements ProjectAssignments {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public List<Long> ledBy(long accountId) {
        return em.createQuery("SELECT p.id FROM TrainingProject p WHERE p.terms.leadId = :a", Long.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public List<Long> hostedBy(long organisationId) {
        return em.createQuery("SELECT p.id FROM TrainingProject p WHERE p.terms.hostId = :h", Long.class)
                .setParameter("h", organisationId)
                .getResultList();
    }
}
