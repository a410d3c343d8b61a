package cn.edu.ttms.application.statistics;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Brings the kept training sums up to date (V30), each recount in a transaction of its own: before a report
 * reads them (so a report shows every change committed before it began), every minute in the background, and
 * in the nightly or an administrator's reconciliation. Callable without a caller (the timers).
 */
@Stateless
@PermitAll
public class TrainingTallies {

    @Inject
    TrainingTally tally;

    @Resource
    SessionContext context;

    /**
     * Recounts what is marked, if anything. Outside the caller's transaction, and called before it reads
     * anything: on MariaDB a transaction sees the rows as of its first read, so reading first would hide the
     * recount from the report.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TrainingTally.Recount catchUp() {
        TrainingTallies self = context.getBusinessObject(TrainingTallies.class);
        // the cheap check in its own transaction, so that the recount's first statement is its lock
        return self.pending() ? self.recount() : TrainingTally.Recount.NONE;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean pending() {
        return tally.pending();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TrainingTally.Recount recount() {
        return tally.recount();
    }

    /** Every year recounted in full and compared; {@code fix}: what differs is rewritten. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TrainingTally.Recount reconcile(boolean fix) {
        return tally.reconcile(fix);
    }
}
