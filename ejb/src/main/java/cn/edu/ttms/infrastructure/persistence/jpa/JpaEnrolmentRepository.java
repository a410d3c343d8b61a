package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRound;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.enrolment.SeatGate;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Selection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enrolments through JPA; seats through plain SQL, because their whole point is the database's own
 * atomic conditional UPDATE (a row lock held to the commit), which no entity version can give.
 */
@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public Enrolment store(Enrolment enrolment) {
        if (enrolment.id() == null) {
            em.persist(enrolment);
            em.flush(); // a second enrolment of the same teacher fails here, on the unique key
        }
        return enrolment;
    }

    @Override
    public Optional<Enrolment> find(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id));
    }

    @Override
    public Optional<Enrolment> find(long id, DataScope scope) {
        return find(id).filter(e -> ScopePredicates.admits(scope, e.unitPath(), null));
    }

    @Override
    public Optional<Enrolment> find(long projectId, long teacherId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.projectId = :p AND e.teacherId = :t", Enrolment.class)
                .setParameter("p", projectId)
                .setParameter("t", teacherId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Enrolment> activeAt(long teacherId, Level level) {
        return em.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.teacherId = :t AND e.level = :l AND e.status IN :s",
                        Enrolment.class)
                .setParameter("t", teacherId)
                .setParameter("l", level)
                .setParameter("s", List.of(EnrolmentStatus.PENDING_APPROVAL, EnrolmentStatus.ENROLLED))
                .getResultList();
    }

    @Override
    public List<Enrolment> roster(long projectId, DataScope scope, int first, int max) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "e.unitPath", "e.teacherId");
        return in.bind(em.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.projectId = :p AND e.status = :s" + " AND " + in.text()
                                + " ORDER BY e.createdAt, e.id",
                        Enrolment.class))
                .setParameter("p", projectId)
                .setParameter("s", EnrolmentStatus.ENROLLED)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long rosterSize(long projectId, DataScope scope) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "e.unitPath", "e.teacherId");
        return in.bind(em.createQuery(
                        "SELECT COUNT(e) FROM Enrolment e WHERE e.projectId = :p AND e.status = :s" + " AND "
                                + in.text(),
                        Long.class))
                .setParameter("p", projectId)
                .setParameter("s", EnrolmentStatus.ENROLLED)
                .getSingleResult();
    }

    @Override
    public void openSeats(long projectId, int capacity, Map<Long, Integer> quotas) {
        seat(projectId, WHOLE_PROJECT, capacity);
        quotas.forEach((unit, places) -> seat(projectId, unit, places));
    }

    private void seat(long projectId, long unitId, int places) {
        if (seatsLeft(projectId, unitId).isEmpty()) {
            em.createNativeQuery("INSERT INTO enrolment_seat (project_id, unit_id, places, taken) VALUES (?, ?, ?, 0)")
                    .setParameter(1, projectId)
                    .setParameter(2, unitId)
                    .setParameter(3, places)
                    .executeUpdate();
        }
    }

    @Override
    public Optional<Integer> seatsLeft(long projectId, long unitId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT places - taken FROM enrolment_seat WHERE project_id = ? AND unit_id = ?")
                .setParameter(1, projectId)
                .setParameter(2, unitId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).intValue());
    }

    @Override
    public Optional<SeatGate> gate(long projectId) {
        List<?> rows = em.createNativeQuery("SELECT p.owner_path, p.status, p.capacity, s.places - s.taken,"
                        + " (SELECT COUNT(*) FROM enrolment_round r WHERE r.project_id = p.id)"
                        + " FROM training_project p LEFT JOIN enrolment_seat s ON s.project_id = p.id AND s.unit_id = ?"
                        + " WHERE p.id = ?")
                .setParameter(1, WHOLE_PROJECT)
                .setParameter(2, projectId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Number capacity = (Number) row[2];
        Number left = (Number) row[3];
        return Optional.of(new SeatGate(
                (String) row[0],
                ProjectStatus.valueOf(row[1].toString()),
                capacity == null ? 0 : capacity.intValue(),
                left == null ? null : left.intValue(),
                ((Number) row[4]).longValue() > 0));
    }

    @Override
    public boolean takeSeat(long projectId, long unitId) {
        return em.createNativeQuery("UPDATE enrolment_seat SET taken = taken + 1"
                                + " WHERE project_id = ? AND unit_id = ? AND taken < places")
                        .setParameter(1, projectId)
                        .setParameter(2, unitId)
                        .executeUpdate()
                == 1;
    }

    @Override
    public void releaseSeat(long projectId, long unitId) {
        em.createNativeQuery(
                        "UPDATE enrolment_seat SET taken = taken - 1 WHERE project_id = ? AND unit_id = ? AND taken > 0")
                .setParameter(1, projectId)
                .setParameter(2, unitId)
                .executeUpdate();
    }

    @Override
    public List<TrainingProject> selfSelectedOpenTo(String unitPath) {
        // the owner's path is a prefix of the unit's: a bureau above it, or the unit itself (never a draft here)
        return em.createQuery(
                        "SELECT p FROM TrainingProject p WHERE p.terms.selection = :selection AND p.status IN :open"
                                + " AND LOCATE(p.ownerPath, :path) = 1 ORDER BY p.year DESC, p.id DESC",
                        TrainingProject.class)
                .setParameter("selection", Selection.SELF_SELECTED)
                .setParameter("open", List.of(ProjectStatus.PUBLISHED, ProjectStatus.ENROLLING))
                .setParameter("path", unitPath)
                .setMaxResults(500)
                .getResultList();
    }

    @Override
    public List<Enrolment> ofTeacher(long teacherId) {
        return em.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.teacherId = :t ORDER BY e.createdAt DESC, e.id DESC",
                        Enrolment.class)
                .setParameter("t", teacherId)
                .setMaxResults(500)
                .getResultList();
    }

    @Override
    public List<Enrolment> inStatus(DataScope scope, EnrolmentStatus status, int first, int max) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "e.unitPath", "e.teacherId");
        return in.bind(em.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.status = :s AND " + in.text()
                                + " ORDER BY e.createdAt, e.id",
                        Enrolment.class))
                .setParameter("s", status)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countInStatus(DataScope scope, EnrolmentStatus status) {
        ScopePredicates.Clause in = ScopePredicates.jpql(scope, "e.unitPath", "e.teacherId");
        return in.bind(em.createQuery(
                        "SELECT COUNT(e) FROM Enrolment e WHERE e.status = :s AND " + in.text(), Long.class))
                .setParameter("s", status)
                .getSingleResult();
    }

    @Override
    public EnrolmentRound store(EnrolmentRound round) {
        if (round.id() == null) {
            em.persist(round);
            em.flush(); // a second round with the same number fails here, on the unique key
        }
        return round;
    }

    @Override
    public Optional<EnrolmentRound> findRound(long projectId, int roundNo) {
        return em.createQuery(
                        "SELECT r FROM EnrolmentRound r WHERE r.projectId = :p AND r.roundNo = :n",
                        EnrolmentRound.class)
                .setParameter("p", projectId)
                .setParameter("n", roundNo)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<EnrolmentRound> rounds(long projectId) {
        return em.createQuery(
                        "SELECT r FROM EnrolmentRound r WHERE r.projectId = :p ORDER BY r.roundNo",
                        EnrolmentRound.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    @Override
    public List<Enrolment> lotteryEntries(long roundId) {
        return em.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.roundId = :r AND e.status = :s ORDER BY e.id",
                        Enrolment.class)
                .setParameter("r", roundId)
                .setParameter("s", EnrolmentStatus.LOTTERY)
                .getResultList();
    }

    @Override
    public List<Enrolment> waitingList(long projectId) {
        return em.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.projectId = :p AND e.status = :s"
                                + " ORDER BY e.waitPosition, e.id",
                        Enrolment.class)
                .setParameter("p", projectId)
                .setParameter("s", EnrolmentStatus.WAITLISTED)
                .getResultList();
    }
}
