package cn.edu.ttms.domain.model.audit;

import cn.edu.ttms.domain.model.organisation.DataScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The append-only audit trail: entries are stored and read, never changed. */
public interface AuditRepository {

    /** The newest entry of an update, for telling a second editor who saved the record meanwhile. */
    record LastUpdate(String actor, Instant at, String after) {}

    void store(AuditEntry entry);

    /**
     * Entries under units of the scope, newest first; with {@code unitless}, also those outside any
     * unit (sign-in attempts with unknown usernames). A null actor or action does not filter; an actor is a login
     * name, or part of a person's name, login name or unit's name.
     */
    List<AuditEntry> inScope(DataScope scope, boolean unitless, String actor, AuditAction action, int first, int max);

    long countInScope(DataScope scope, boolean unitless, String actor, AuditAction action);

    /**
     * The entries of one record, newest first. Not scoped: only for a record whose scope the caller's
     * service has checked, or the caller's own.
     */
    List<AuditEntry> historyOf(String entityType, String entityId, int max);

    Optional<LastUpdate> lastUpdate(String entityType, String entityId);
}
