package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    /** Own subtree (drafts too), or an ancestor's projects past the draft stage. */
    private static final String VISIBLE = "(p.ownerPath LIKE :subtree"
            + " OR (LOCATE(p.ownerPath, :callerPath) = 1 AND p.status <> :draft))";

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
    public java.util.Optional<TrainingProject> find(long id) {
        return java.util.Optional.ofNullable(em.find(TrainingProject.class, id));
    }

    @Override
    public java.util.Optional<AnnualPlan> findPlan(long id) {
        return java.util.Optional.ofNullable(em.find(AnnualPlan.class, id));
    }

    @Override
    public List<AnnualPlan> plansVisibleTo(String unitPath) {
        return em.createQuery("SELECT a FROM AnnualPlan a WHERE a.ownerPath LIKE :subtree OR LOCATE(a.ownerPath, :path) = 1"
                + " ORDER BY a.year DESC, a.id DESC", AnnualPlan.class)
                .setParameter("subtree", unitPath + "%").setParameter("path", unitPath).getResultList();
    }

    @Override
    public List<TrainingProject> projectsOf(AnnualPlan plan) {
        return em.createQuery("SELECT p FROM TrainingProject p WHERE p.plan = :plan ORDER BY p.sequenceNo, p.id",
                TrainingProject.class).setParameter("plan", plan).getResultList();
    }

    @Override
    public List<TrainingProject> search(String callerPath, Integer year, Level level, ProjectStatus status, int first,
            int max) {
        return query("SELECT p FROM TrainingProject p JOIN FETCH p.plan WHERE ", " ORDER BY p.year DESC, p.plan.id,"
                + " p.sequenceNo, p.id", TrainingProject.class, callerPath, year, level, status)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String callerPath, Integer year, Level level, ProjectStatus status) {
        return query("SELECT COUNT(p) FROM TrainingProject p WHERE ", "", Long.class, callerPath, year, level, status)
                .getSingleResult();
    }

    private <T> TypedQuery<T> query(String head, String tail, Class<T> type, String callerPath, Integer year, Level level,
            ProjectStatus status) {
        StringBuilder where = new StringBuilder(VISIBLE);
        if (year != null) {
            where.append(" AND p.year = :year");
        }
        if (level != null) {
            where.append(" AND p.level = :level");
        }
        if (status != null) {
            where.append(" AND p.status = :status");
        }
        TypedQuery<T> q = em.createQuery(head + where + tail, type)
                .setParameter("subtree", callerPath + "%").setParameter("callerPath", callerPath)
                .setParameter("draft", ProjectStatus.DRAFT);
        if (year != null) {
            q.setParameter("year", year);
        }
        if (level != null) {
            q.setParameter("level", level);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        return q;
    }
}
