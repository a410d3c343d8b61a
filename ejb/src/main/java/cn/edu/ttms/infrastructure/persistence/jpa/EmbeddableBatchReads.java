package cn.edu.ttms.infrastructure.persistence.jpa;

import jakarta.persistence.TypedQuery;
import java.util.logging.Logger;
import org.eclipse.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/**
 * Batch reading of element collections of embeddables (a project's stages, a result's hours per stage), where
 * the server's EclipseLink reads them safely.
 *
 * <p>EclipseLink up to 4.0.3 — the version GlassFish 7.0.21 ships — registers batch-read embeddables in the
 * transaction as if they were entities, then fails at commit comparing them with a descriptor it never
 * initialised ("attributeField is null", eclipse-ee4j/eclipselink#1455; fixed on master in 2026). Payara's 4.0.7
 * does not take that path. Without the batch hint the collections load per row, which is correct everywhere
 * and slower only on long lists, so the hint is given only where it is known to be safe.
 */
public final class EmbeddableBatchReads {

    private static final Logger LOG = Logger.getLogger(EmbeddableBatchReads.class.getName());

    /** The first EclipseLink release on which batch-read embeddables were seen to commit cleanly (Payara 6). */
    private static final int[] SAFE_FROM = {4, 0, 7};

    static final boolean SAFE = safe(Version.getVersion());

    static {
        if (!SAFE) {
            LOG.info(() -> "EclipseLink " + Version.getVersion()
                    + " reads element collections of embeddables row by row (eclipselink#1455); 4.0.7 or later"
                    + " batches them");
        }
    }

    private EmbeddableBatchReads() {}

    /** The query with each path batch-read in one IN query, when the server's EclipseLink allows it. */
    public static <T> TypedQuery<T> batch(TypedQuery<T> query, String... paths) {
        if (!SAFE) {
            return query;
        }
        for (String path : paths) {
            query.setHint(QueryHints.BATCH, path);
        }
        return query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
    }

    /** Whether a version string such as {@code 4.0.7.payara-p1} or {@code 4.0.3} is at least 4.0.7. */
    static boolean safe(String version) {
        String[] parts = version.split("[.-]");
        for (int i = 0; i < SAFE_FROM.length; i++) {
            int n;
            try {
                n = i < parts.length ? Integer.parseInt(parts[i]) : 0;
            } catch (NumberFormatException e) {
                return false;
            }
            if (n != SAFE_FROM[i]) {
                return n > SAFE_FROM[i];
            }
        }
        return true;
    }
}
