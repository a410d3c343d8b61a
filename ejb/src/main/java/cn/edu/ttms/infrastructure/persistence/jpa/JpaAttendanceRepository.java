package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.attendance.AttendanceRecord;
import cn.edu.ttms.domain.model.attendance.AttendanceRepository;
import cn.edu.ttms.domain.model.attendance.AttendanceSession;
import cn.edu.ttms.domain.model.attendance.StageHours;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attendance through JPA; the hours per stage are summed by the database in one grouped query. */
@ApplicationScoped
public class JpaAttendanceRepository implements AttendanceRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public AttendanceSession store(AttendanceSession session) {
        if (session.id() == null) {
            em.persist(session);
            em.flush(); // written now: its records refer to it by id only, so nothing else orders the inserts
        }
        return session;
    }

    @Override
    public Optional<AttendanceSession> findSession(long id) {
        return Optional.ofNullable(em.find(AttendanceSession.class, id));
    }

    @Override
    public List<AttendanceSession> sessions(long projectId) {
        return em.createQuery(
                        "SELECT s FROM AttendanceSession s WHERE s.projectId = :p"
                                + " ORDER BY s.stageNo, s.sessionDate, s.id",
                        AttendanceSession.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    @Override
    public AttendanceRecord store(AttendanceRecord record) {
        em.persist(record);
        em.flush(); // a second record of the same trainee fails here, on the key
        return record;
    }

    @Override
    public Optional<AttendanceRecord> find(long sessionId, long teacherId) {
        return Optional.ofNullable(em.find(AttendanceRecord.class, new AttendanceRecord.Key(sessionId, teacherId)));
    }

    @Override
    public List<AttendanceRecord> ofSession(long sessionId) {
        return em.createQuery(
                        "SELECT a FROM AttendanceRecord a WHERE a.sessionId = :s ORDER BY a.recordedAt, a.teacherId",
                        AttendanceRecord.class)
                .setParameter("s", sessionId)
                .getResultList();
    }

    @Override
    public Map<Long, Long> attendedBySession(long projectId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT a.sessionId, COUNT(a) FROM AttendanceRecord a, AttendanceSession s"
                                + " WHERE s.id = a.sessionId AND s.projectId = :p GROUP BY a.sessionId",
                        Object[].class)
                .setParameter("p", projectId)
                .getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<StageHours> hoursAttended(long projectId) {
        return em
                .createQuery(
                        "SELECT a.teacherId, s.stageNo, SUM(s.hours) FROM AttendanceRecord a, AttendanceSession s"
                                + " WHERE s.id = a.sessionId AND s.projectId = :p GROUP BY a.teacherId, s.stageNo"
                                + " ORDER BY a.teacherId, s.stageNo",
                        Object[].class)
                .setParameter("p", projectId)
                .getResultList()
                .stream()
                .map(row ->
                        new StageHours(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), decimal(row[2])))
                .toList();
    }

    @Override
    public List<TrainingProject> runBy(
            long leadAccountId, Collection<Long> hostIds, Collection<ProjectStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String hosts = hostIds.isEmpty() ? "" : " OR p.terms.hostId IN :h";
        var query = em.createQuery(
                        "SELECT p FROM TrainingProject p WHERE p.status IN :s AND (p.terms.leadId = :l" + hosts
                                + ") ORDER BY p.id DESC",
                        TrainingProject.class)
                .setParameter("s", List.copyOf(statuses))
                .setParameter("l", leadAccountId)
                .setMaxResults(200);
        if (!hostIds.isEmpty()) {
            query.setParameter("h", List.copyOf(hostIds));
        }
        return query.getResultList();
    }

    private static BigDecimal decimal(Object sum) {
        BigDecimal hours = sum instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(sum));
        return hours.setScale(1, RoundingMode.HALF_UP); // every session's hours have one decimal at most
    }
}
