package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.result.BatchStatus;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultSignature;
import cn.edu.ttms.domain.model.result.SignedSnapshot;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Selection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Results through JPA. The shared cache is off for the whole unit (persistence.xml), so every read
 * here sees the rows as the database holds them — which is what tamper detection relies on.
 */
@ApplicationScoped
public class JpaResultRepository implements ResultRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public ResultBatch store(ResultBatch batch) {
        if (batch.id() == null) {
            em.persist(batch);
            em.flush(); // rows refer to it by id
        }
        return batch;
    }

    @Override
    public Optional<ResultBatch> findBatch(long id) {
        return Optional.ofNullable(em.find(ResultBatch.class, id));
    }

    @Override
    public Optional<ResultBatch> batchOfProject(long projectId) {
        return em.createQuery("SELECT b FROM ResultBatch b WHERE b.projectId = :p", ResultBatch.class)
                .setParameter("p", projectId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ResultBatch> batches(
            DataScope scope, Collection<Long> ownProjects, Long projectId, BatchStatus status, int first, int max) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "b.ownerPath", null);
        TypedQuery<ResultBatch> q = em.createQuery(
                "SELECT b FROM ResultBatch b WHERE " + where(in, ownProjects, projectId, status)
                        + " ORDER BY b.id DESC",
                ResultBatch.class);
        bind(q, in, ownProjects, projectId, status);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countBatches(DataScope scope, Collection<Long> ownProjects, Long projectId, BatchStatus status) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "b.ownerPath", null);
        TypedQuery<Long> q = em.createQuery(
                "SELECT COUNT(b) FROM ResultBatch b WHERE " + where(in, ownProjects, projectId, status), Long.class);
        bind(q, in, ownProjects, projectId, status);
        return q.getSingleResult();
    }

    private static String where(ScopePredicates.Clause in, Collection<Long> own, Long projectId, BatchStatus status) {
        String visible = own != null && !own.isEmpty() ? "(" + in.text() + " OR b.projectId IN :own)" : in.text();
        return visible
                + (projectId == null ? "" : " AND b.projectId = :project")
                + (status == null ? "" : " AND b.status = :status");
    }

    private static void bind(
            TypedQuery<?> q, ScopePredicates.Clause in, Collection<Long> own, Long projectId, BatchStatus status) {
        in.bind(q);
        if (own != null && !own.isEmpty()) {
            q.setParameter("own", own);
        }
        if (projectId != null) {
            q.setParameter("project", projectId);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
    }

    @Override
    public void markVerified(long batchId, java.time.Instant at) {
        em.createQuery("UPDATE ResultBatch b SET b.verifiedAt = :at WHERE b.id = :b")
                .setParameter("at", at)
                .setParameter("b", batchId)
                .executeUpdate();
    }

    @Override
    public List<Long> signedBatchIds() {
        return em.createQuery("SELECT b.id FROM ResultBatch b WHERE b.status IN :signed ORDER BY b.id", Long.class)
                .setParameter("signed", List.of(BatchStatus.SIGNED, BatchStatus.REVIEWED, BatchStatus.RECOGNISED))
                .getResultList();
    }

    @Override
    public TrainingResult store(TrainingResult result) {
        if (result.id() == null) {
            em.persist(result);
        }
        return result;
    }

    @Override
    public long countResults(long batchId) {
        return em.createQuery("SELECT COUNT(r) FROM TrainingResult r WHERE r.batchId = :b", Long.class)
                .setParameter("b", batchId)
                .getSingleResult();
    }

    @Override
    public List<TrainingResult> results(long batchId) {
        // the stage hours and module parts of all rows in two more queries, not two per row
        return EmbeddableBatchReads.batch(
                        em.createQuery(
                                        "SELECT r FROM TrainingResult r WHERE r.batchId = :b ORDER BY r.id",
                                        TrainingResult.class)
                                .setParameter("b", batchId),
                        "r.stageHours",
                        "r.modules")
                .getResultList();
    }

    @Override
    public List<ResultWithBatch> ofTeacher(long teacherId) {
        return withBatches(em.createQuery(
                        "SELECT r FROM TrainingResult r WHERE r.teacherId = :t" + " ORDER BY r.year DESC, r.id DESC",
                        TrainingResult.class)
                .setParameter("t", teacherId));
    }

    @Override
    public List<ResultWithBatch> ofTeachers(Collection<Long> teacherIds, int firstYear, int lastYear) {
        return ofTeachers(teacherIds, firstYear, lastYear, false);
    }

    @Override
    public List<ResultWithBatch> ofTeachersReadOnly(Collection<Long> teacherIds, int firstYear, int lastYear) {
        return ofTeachers(teacherIds, firstYear, lastYear, true);
    }

    private List<ResultWithBatch> ofTeachers(
            Collection<Long> teacherIds, int firstYear, int lastYear, boolean readOnly) {
        List<ResultWithBatch> all = new java.util.ArrayList<>();
        List<Long> ids = List.copyOf(teacherIds);
        for (int i = 0; i < ids.size(); i += 1000) { // bounded IN lists
            TypedQuery<TrainingResult> query = em.createQuery(
                            "SELECT r FROM TrainingResult r WHERE r.teacherId IN :t"
                                    + " AND r.year BETWEEN :first AND :last ORDER BY r.teacherId, r.id",
                            TrainingResult.class)
                    .setParameter("t", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .setParameter("first", firstYear)
                    .setParameter("last", lastYear);
            if (readOnly) {
                // not registered in the unit of work: a reconciliation's chunk read 30 results a teacher, copied
                // each for change detection and compared them all at the flush before its own writes
                query.setHint(
                        org.eclipse.persistence.config.QueryHints.READ_ONLY,
                        org.eclipse.persistence.config.HintValues.TRUE);
            }
            all.addAll(withBatches(query));
        }
        return all;
    }

    /**
     * The results with their batches' status and their projects' facts: three queries in all (the rows
     * with their stage hours and module parts batched, then the batches, then the projects), never one per row.
     */
    private List<ResultWithBatch> withBatches(TypedQuery<TrainingResult> query) {
        List<TrainingResult> rows =
                EmbeddableBatchReads.batch(query, "r.stageHours", "r.modules").getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, BatchStatus> statuses = new java.util.HashMap<>();
        java.util.Map<Long, Object[]> projects = new java.util.HashMap<>();
        List<Long> batchIds =
                rows.stream().map(TrainingResult::batchId).distinct().toList();
        List<Long> projectIds =
                rows.stream().map(TrainingResult::projectId).distinct().toList();
        for (int i = 0; i < batchIds.size(); i += 1000) {
            em.createQuery("SELECT b.id, b.status FROM ResultBatch b WHERE b.id IN :b", Object[].class)
                    .setParameter("b", batchIds.subList(i, Math.min(batchIds.size(), i + 1000)))
                    .getResultList()
                    .forEach(o -> statuses.put((Long) o[0], (BatchStatus) o[1]));
        }
        for (int i = 0; i < projectIds.size(); i += 1000) {
            em.createQuery(
                            "SELECT p.id, p.terms.level, p.terms.selection, p.terms.name, p.terms.code FROM TrainingProject p WHERE p.id IN :p",
                            Object[].class)
                    .setParameter("p", projectIds.subList(i, Math.min(projectIds.size(), i + 1000)))
                    .getResultList()
                    .forEach(o -> projects.put((Long) o[0], o));
        }
        return rows.stream()
                .map(r -> {
                    Object[] p = projects.get(r.projectId());
                    return new ResultWithBatch(
                            r,
                            statuses.get(r.batchId()),
                            r.batchId(),
                            (Level) p[1],
                            (Selection) p[2],
                            (String) p[3],
                            (String) p[4]);
                })
                .toList();
    }

    @Override
    public SignedSnapshot store(SignedSnapshot snapshot) {
        em.persist(snapshot);
        return snapshot;
    }

    @Override
    public Optional<SignedSnapshot> snapshot(long batchId, int revision) {
        return em.createQuery(
                        "SELECT s FROM SignedSnapshot s WHERE s.batchId = :b AND s.revision = :r", SignedSnapshot.class)
                .setParameter("b", batchId)
                .setParameter("r", revision)
                .getResultStream()
                .findFirst();
    }

    @Override
    public ResultSignature store(ResultSignature signature) {
        em.persist(signature);
        return signature;
    }

    @Override
    public List<ResultSignature> signatures(long batchId) {
        return em.createQuery(
                        "SELECT s FROM ResultSignature s WHERE s.batchId = :b ORDER BY s.revision, s.signedAt,"
                                + " s.id",
                        ResultSignature.class)
                .setParameter("b", batchId)
                .getResultList();
    }
}
