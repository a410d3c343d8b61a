package cn.edu.ttms.application.statistics;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reconciles the stored compliance standings with a full recomputation (issue 19, item 5): every
 * teacher (under a path, or all), in chunks of {@value #CHUNK} teachers each in its own transaction,
 * counting the rows that differ and rewriting those teachers. Used by the REST call, the nightly run,
 * the first build after the migration and a published policy version. One run at a time per node.
 */
@ApplicationScoped
public class Reconciler {

    static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(Reconciler.class.getName());

    @Inject
    StandingChunks chunks;

    /**
     * The default managed executor: chunks are recomputed by {@link #workers} threads at once (each chunk its
     * own transaction), since a reconciliation is mostly CPU — reading and computing 30 results per teacher —
     * and would otherwise leave all but one core idle.
     */
    @Resource
    ManagedExecutorService executor;

    /** How many chunks at once; 0 (the default): one per processor. */
    @Inject
    @ConfigProperty(name = "app.compliance-reconciliation.workers", defaultValue = "0")
    int workers;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Attempts at a chunk the database chose as a deadlock's victim before the run gives up. */
    static final int ATTEMPTS = 10;

    /**
     * A chunk in its own transaction; the database may roll one back as the victim of a deadlock with another
     * worker or a refresh (InnoDB's gap locks around the rows both rewrite): it is then simply run again.
     */
    private StandingChunks.Chunk reconcileRetrying(List<Long> ids) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return chunks.reconcile(ids);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !deadlock(e)) {
                    throw e;
                }
                LOG.fine(() -> "reconciliation chunk from teacher " + ids.get(0) + " retried after a deadlock");
                // apart, so that the two chunks that met do not meet again at once
                Thread.sleep(50L * attempt
                        + java.util.concurrent.ThreadLocalRandom.current().nextInt(100));
            }
        }
    }

    /** Whether a failure is the database's deadlock or lock-timeout roll-back (SQL state class 40). */
    static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException
                    || t instanceof java.sql.SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("40")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Deadlock found")) {
                return true;
            }
        }
        return false;
    }

    /** Hands out the next chunk of teacher ids to whichever worker asks, in id order. */
    private final class Cursor {

        private final String path;
        private long after;

        Cursor(String path) {
            this.path = path;
        }

        synchronized List<Long> next() {
            List<Long> ids = chunks.next(after, CHUNK, path);
            if (!ids.isEmpty()) {
                after = ids.get(ids.size() - 1);
            }
            return ids;
        }
    }

    /** What a run found: teachers checked, rows that differed, rows fixed, and how long it took. */
    public record Outcome(long teachers, long differences, long fixed, long tookMs) implements Serializable {}

    /** The teachers under {@code path} (null: all); waits for a run under way on this node to end first. */
    public Outcome run(String path) {
        while (!running.compareAndSet(false, true)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a reconciliation", e);
            }
        }
        try {
            long start = System.nanoTime();
            AtomicLong teachers = new AtomicLong();
            AtomicLong differences = new AtomicLong();
            AtomicLong fixed = new AtomicLong();
            Cursor cursor = new Cursor(path);
            Callable<Void> worker = () -> {
                for (List<Long> ids = cursor.next(); !ids.isEmpty(); ids = cursor.next()) {
                    StandingChunks.Chunk c = reconcileRetrying(ids);
                    teachers.addAndGet(c.teachers());
                    differences.addAndGet(c.differences());
                    fixed.addAndGet(c.fixed());
                }
                return null;
            };
            int n = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
            List<Future<Void>> others = new ArrayList<>();
            for (int i = 1; i < n && executor != null; i++) {
                others.add(executor.submit(worker));
            }
            try {
                worker.call(); // this thread is one of the workers
                for (Future<Void> f : others) {
                    f.get();
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("a reconciliation chunk failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during a reconciliation", e);
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            } finally {
                others.forEach(f -> f.cancel(true));
            }
            if (path == null) {
                int gone;
                while ((gone = chunks.removeOrphans(CHUNK)) > 0) {
                    differences.addAndGet(gone);
                    fixed.addAndGet(gone);
                }
            }
            Outcome outcome = new Outcome(
                    teachers.get(), differences.get(), fixed.get(), (System.nanoTime() - start) / 1_000_000);
            LOG.info(() -> "Compliance standings reconciled" + (path == null ? "" : " under " + path) + ": " + outcome);
            return outcome;
        } finally {
            running.set(false);
        }
    }
}
