package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.ProjectQuery;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    /** The projects a unit proposed (an institution sees no more of the catalogue). */
    private static final String PROPOSED = "(p.proposerPath = :callerPath OR p.terms.leadId = :leadId)";

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public AnnualPlan store(AnnualPlan plan) {
        if (plan.id() == null) {
            em.persist(plan);
        }
        return plan;
    }

    @Override
    public TrainingProject store(TrainingProject project) {
        if (project.id() == null) {
            em.persist(project);
        }
        return project;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public java.util.Optional<TrainingProject> find(long id) {
        return java.util.Optional.ofNullable(em.find(TrainingProject.class, id));
    }

    @Override
    public java.util.Optional<AnnualPlan> findPlan(long id) {
        return java.util.Optional.ofNullable(em.find(AnnualPlan.class, id));
    }

    @Override
    public List<AnnualPlan> plansVisibleTo(DataScope scope) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "a.ownerPath", null);
        return in.bind(em.createQuery(
                        "SELECT a FROM AnnualPlan a WHERE " + in.text()
                                + " OR LOCATE(a.ownerPath, :path) = 1 ORDER BY a.year DESC, a.id DESC",
                        AnnualPlan.class))
                .setParameter("path", unitPath(scope))
                .getResultList();
    }

    @Override
    public List<TrainingProject> projectsOf(AnnualPlan plan) {
        return em.createQuery(
                        "SELECT p FROM TrainingProject p WHERE p.plan = :plan ORDER BY p.sequenceNo, p.id",
                        TrainingProject.class)
                .setParameter("plan", plan)
                .getResultList();
    }

    @Override
    public List<TrainingProject> search(DataScope scope, ProjectQuery query, int first, int max) {
        // one query for the stages of the whole page rather than one per project
        return EmbeddableBatchReads.batch(
                        query(
                                "SELECT p FROM TrainingProject p JOIN FETCH p.plan WHERE ",
                                " ORDER BY p.year DESC, p.plan.id," + " p.sequenceNo, p.id",
                                TrainingProject.class,
                                scope,
                                query),
                        "p.stages")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(DataScope scope, ProjectQuery query) {
        return query("SELECT COUNT(p) FROM TrainingProject p WHERE ", "", Long.class, scope, query)
                .getSingleResult();
    }

    @Override
    public List<TrainingProject> searchProposedBy(
            String unitPath, Long leadAccountId, ProjectQuery query, int first, int max) {
        return EmbeddableBatchReads.batch(
                        query(
                                        "SELECT p FROM TrainingProject p JOIN FETCH p.plan WHERE ",
                                        " ORDER BY p.year DESC, p.id DESC",
                                        TrainingProject.class,
                                        unitPath,
                                        query,
                                        PROPOSED)
                                .setParameter("leadId", leadAccountId == null ? -1L : leadAccountId),
                        "p.stages")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countProposedBy(String unitPath, Long leadAccountId, ProjectQuery query) {
        return query("SELECT COUNT(p) FROM TrainingProject p WHERE ", "", Long.class, unitPath, query, PROPOSED)
                .setParameter("leadId", leadAccountId == null ? -1L : leadAccountId)
                .getSingleResult();
    }

    @Override
    public long countOwned(DataScope scope, ProjectStatus status, boolean proposed) {
        ScopePredicates.Clause owned = ScopePredicates.jpql(scope, "p.ownerPath", null);
        return owned.bind(em.createQuery(
                        "SELECT COUNT(p) FROM TrainingProject p WHERE p.status = :status AND p.proposerPath IS "
                                + (proposed ? "NOT NULL" : "NULL") + " AND " + owned.text(),
                        Long.class))
                .setParameter("status", status)
                .getSingleResult();
    }

    @Override
    public List<TrainingProject> withoutResults(java.util.Collection<Long> ids, ProjectStatus status) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT p FROM TrainingProject p WHERE p.id IN :ids AND p.status = :status AND NOT EXISTS"
                                + " (SELECT b.id FROM ResultBatch b WHERE b.projectId = p.id) ORDER BY p.id",
                        TrainingProject.class)
                .setParameter("ids", List.copyOf(new java.util.LinkedHashSet<>(ids)))
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public List<TrainingProject> inStatus(java.util.Collection<Long> ids, java.util.Set<ProjectStatus> statuses) {
        if (ids.isEmpty() || statuses.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT p FROM TrainingProject p WHERE p.id IN :ids AND p.status IN :statuses ORDER BY p.id",
                        TrainingProject.class)
                .setParameter("ids", List.copyOf(new java.util.LinkedHashSet<>(ids)))
                .setParameter("statuses", List.copyOf(statuses))
                .getResultList();
    }

    /** Own subtree (drafts too), an ancestor's projects past the draft stage, or those one's subtree proposed. */
    private <T> TypedQuery<T> query(String head, String tail, Class<T> type, DataScope scope, ProjectQuery f) {
        ScopePredicates.Clause owned = ScopePredicates.jpql(scope, "p.ownerPath", null);
        ScopePredicates.Clause proposed = ScopePredicates.jpql(scope, "p.proposerPath", null);
        String visible = "(" + owned.text() + " OR (LOCATE(p.ownerPath, :callerPath) = 1 AND p.status <> :draft) OR "
                + proposed.text() + ")";
        return owned.bind(query(head, tail, type, unitPath(scope), f, visible));
    }

    /** The unit of a subtree scope, whose ancestors' projects and plans it sees; none for another scope. */
    private static String unitPath(DataScope scope) {
        return scope.kind() == DataScope.Kind.SUBTREE ? scope.pathPrefix() : "";
    }

    private <T> TypedQuery<T> query(
            String head, String tail, Class<T> type, String callerPath, ProjectQuery f, String visible) {
        StringBuilder where = new StringBuilder(visible);
        Map<String, Object> params = new HashMap<>();
        params.put("callerPath", callerPath);
        params.put("draft", ProjectStatus.DRAFT);
        if (f.year() != null) {
            where.append(" AND p.year = :year");
            params.put("year", f.year());
        }
        if (f.level() != null) {
            where.append(" AND p.terms.level = :level");
            params.put("level", f.level());
        }
        if (f.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", f.status());
        }
        if (f.category() != null) {
            where.append(" AND p.terms.category LIKE :category");
            params.put("category", "%" + f.category() + "%");
        }
        if (f.host() != null) {
            where.append(" AND p.terms.hosts LIKE :host");
            params.put("host", "%" + f.host() + "%");
        }
        if (f.name() != null) {
            where.append(" AND (p.terms.name LIKE :name OR p.terms.code = :code)");
            params.put("name", "%" + f.name() + "%");
            params.put("code", f.name());
        }
        String jpql = head + where + tail;
        TypedQuery<T> q = em.createQuery(jpql, type);
        params.forEach((name, value) -> {
            if (jpql.contains(":" + name)) { // the proposer's view names fewer parameters
                q.setParameter(name, value);
            }
        });
        return q;
    }
}
