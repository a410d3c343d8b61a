package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.targets.TargetRepository;
import cn.edu.ttms.domain.model.targets.TrainingTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Training targets in JPA: one row per unit and year, its places per category eagerly beside it. */
@ApplicationScoped
public class JpaTargetRepository implements TargetRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public Optional<TrainingTarget> find(long unitId, int year) {
        return em.createQuery(
                        "SELECT t FROM TrainingTarget t WHERE t.unitId = :unit AND t.year = :year",
                        TrainingTarget.class)
                .setParameter("unit", unitId)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public TrainingTarget store(TrainingTarget target) {
        em.persist(target);
        em.flush();
        return target;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
