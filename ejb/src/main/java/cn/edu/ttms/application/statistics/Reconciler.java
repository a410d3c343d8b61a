package cn.edu.ttms.application.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

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

    private final AtomicBoolean running = new AtomicBoolean();

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
            long teachers = 0;
            long differences = 0;
            long fixed = 0;
            long after = 0;
            while (true) {
                StandingChunks.Chunk c = chunks.reconcile(after, CHUNK, path);
                if (c.lastId() < 0) {
                    break;
                }
                teachers += c.teachers();
                differences += c.differences();
                fixed += c.fixed();
                after = c.lastId();
            }
            if (path == null) {
                int gone;
                while ((gone = chunks.removeOrphans(CHUNK)) > 0) {
                    differences += gone;
                    fixed += gone;
                }
            }
            Outcome outcome = new Outcome(teachers, differences, fixed, (System.nanoTime() - start) / 1_000_000);
            LOG.info(() -> "Compliance standings reconciled" + (path == null ? "" : " under " + path) + ": " + outcome);
            return outcome;
        } finally {
            running.set(false);
        }
    }
}
