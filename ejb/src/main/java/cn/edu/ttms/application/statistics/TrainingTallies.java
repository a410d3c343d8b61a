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

    /**
     * Every year recounted in full and compared, the slices under {@code path} (all: null); {@code fix}: what differs
     * is rewritten. One transaction (and one
     * hold of the recount lock) per year, so that a report meanwhile waits for one year's recount at most (≈ 45 s
     * for a province of 500,000 teachers), not for all of them.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TrainingTally.Recount reconcile(boolean fix, String path) {
        long start = System.nanoTime();
        TrainingTallies self = context.getBusinessObject(TrainingTallies.class);
        long marks = 0;
        long slices = 0;
        long differences = 0;
        for (int year : self.years()) {
            TrainingTally.Recount r = self.reconcile(year, fix, path);
            marks += r.marks();
            slices += r.slices();
            differences += r.differences();
        }
        return new TrainingTally.Recount(marks, slices, differences, (System.nanoTime() - start) / 1_000_000);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public java.util.Set<Integer> years() {
        return tally.years();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TrainingTally.Recount reconcile(int year, boolean fix, String path) {
        return tally.reconcile(year, fix, path);
    }
}
