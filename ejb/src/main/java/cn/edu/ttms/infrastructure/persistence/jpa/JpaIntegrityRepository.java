package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.integrity.IntegrityRecord;
import cn.edu.ttms.domain.model.integrity.IntegrityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Integrity-record entries through JPA. */
@ApplicationScoped
public class JpaIntegrityRepository implements IntegrityRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public IntegrityRecord store(IntegrityRecord record) {
        em.persist(record);
        return record;
    }

    @Override
    public List<IntegrityRecord> ofTeacher(long teacherId) {
        return em.createQuery(
                        "SELECT i FROM IntegrityRecord i WHERE i.teacherId = :t ORDER BY i.recordedAt DESC,"
                                + " i.id DESC",
                        IntegrityRecord.class)
                .setParameter("t", teacherId)
                .getResultList();
    }

    @Override
    public List<IntegrityRecord> ofBatch(long batchId) {
        return em.createQuery(
                        "SELECT i FROM IntegrityRecord i WHERE i.batchId = :b ORDER BY i.id", IntegrityRecord.class)
                .setParameter("b", batchId)
                .getResultList();
    }
}
