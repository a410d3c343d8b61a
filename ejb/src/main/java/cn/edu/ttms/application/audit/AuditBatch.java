package cn.edu.ttms.application.audit;

import cn.edu.ttms.domain.model.audit.AuditAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Audit entries written in bulk, in the caller's transaction: an import or the opening of a county's
 * teacher accounts changes thousands of rows, and one statement per entry would defeat JDBC batching.
 */
public interface AuditBatch {

    /** An entry a service makes itself; before and after are written as JSON, keys in order; detail as text. */
    record Entry(
            Instant at,
            String actor,
            AuditAction action,
            String entityType,
            String entityId,
            String scopePath,
            Map<String, ?> before,
            Map<String, ?> after,
            String detail) {

        /** An entry of a change: no free-text detail. */
        public Entry(
                Instant at,
                String actor,
                AuditAction action,
                String entityType,
                String entityId,
                String scopePath,
                Map<String, ?> before,
                Map<String, ?> after) {
            this(at, actor, action, entityType, entityId, scopePath, before, after, null);
        }
    }

    /**
     * Runs bulk work with the audit entries of its entity changes collected instead of written one by
     * one, then writes them in one batch before returning.
     */
    void collect(Runnable work);

    /** Writes entries that a service made itself. */
    void write(List<Entry> entries);
}
