package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.application.schedule.ScheduledRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The claim as one conditional UPDATE: the database serialises concurrent claims on the row, so exactly one
 * node sees a changed row for a day.
 */
@ApplicationScoped
public class JpaScheduledRuns implements ScheduledRuns {

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day, String node) {
        return em.createNativeQuery("UPDATE scheduled_run SET run_on = ?, node = ?, claimed_at = ?"
                                + " WHERE job = ? AND run_on < ?")
                        .setParameter(1, Date.valueOf(day))
                        .setParameter(2, node.length() > 200 ? node.substring(0, 200) : node)
                        .setParameter(3, Timestamp.from(Instant.now()))
                        .setParameter(4, job)
                        .setParameter(5, Date.valueOf(day))
                        .executeUpdate()
                == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimFor(String job, Duration hold, String node) {
        Instant now = Instant.now();
        return em.createNativeQuery("UPDATE scheduled_run SET run_on = ?, node = ?, claimed_at = ?"
                                + " WHERE job = ? AND (claimed_at IS NULL OR claimed_at < ?)")
                        .setParameter(1, Date.valueOf(LocalDate.now()))
                        .setParameter(2, node.length() > 200 ? node.substring(0, 200) : node)
                        .setParameter(3, Timestamp.from(now))
                        .setParameter(4, job)
                        .setParameter(5, Timestamp.from(now.minus(hold)))
                        .executeUpdate()
                == 1;
    }
}
