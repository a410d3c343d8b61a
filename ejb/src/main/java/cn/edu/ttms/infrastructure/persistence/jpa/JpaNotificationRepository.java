package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.notification.Notification;
import cn.edu.ttms.domain.model.notification.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Inboxes through JPA; every read goes through the (recipient, read_at) index. */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public Notification store(Notification notification) {
        if (notification.id() == null) {
            em.persist(notification);
        }
        return notification;
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> inbox(String recipient, int first, int max) {
        return em.createQuery(
                        "SELECT n FROM Notification n WHERE n.recipient = :r ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("r", recipient)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(String recipient) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :r", Long.class)
                .setParameter("r", recipient)
                .getSingleResult();
    }

    @Override
    public long unread(String recipient) {
        return em.createQuery(
                        "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :r AND n.readAt IS NULL", Long.class)
                .setParameter("r", recipient)
                .getSingleResult();
    }

    @Override
    public List<String> accountsOfTrainees(long projectId, Collection<EnrolmentStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        // the active enrolments of the project, joined to their teachers' accounts (ix_enrolment_roster)
        return em.createQuery(
                        "SELECT DISTINCT u.username FROM UserAccount u, Enrolment e WHERE e.projectId = :p"
                                + " AND e.status IN :s AND u.teacherId = e.teacherId ORDER BY u.username",
                        String.class)
                .setParameter("p", projectId)
                .setParameter("s", List.copyOf(statuses))
                .getResultList();
    }
}
