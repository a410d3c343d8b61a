package cn.edu.ttms.application.statistics;

/**
 * The port to the kept sums behind the training statistics (V30): what the trainees of each unit got in each
 * project year, and how many teachers of each school were trained. Writes only mark what changed (an
 * EclipseLink listener on enrolments, results, batches, projects and teachers); these operations bring the
 * sums up to date. Each runs in the caller's transaction and holds the one recount lock of the cluster.
 */
public interface TrainingTally {

    /** What a recount or reconciliation did: marks consumed, slices (year × unit) compared, those that differed and were rewritten. */
    record Recount(long marks, long slices, long differences, long tookMs) {

        public static final Recount NONE = new Recount(0, 0, 0, 0);
    }

    /** Whether any change waits to be counted (one indexed read, no lock). */
    boolean pending();

    /** Recounts every slice the waiting marks name and consumes them; a mark of everything recounts every year. */
    Recount recount();

    /** The years there are projects of, or kept sums for. */
    java.util.Set<Integer> years();

    /**
     * Recounts what is marked, then the year in full, and compares each slice under {@code path} (all: null) with
     * what is kept; {@code fix}: rewrites the slices that differ.
     */
    Recount reconcile(int year, boolean fix, String path);
}
