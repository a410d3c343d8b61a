package cn.edu.ttms.infrastructure.audit;

import cn.edu.ttms.application.audit.AuditActor;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.shared.Audited;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.eclipse.persistence.sessions.changesets.AggregateChangeRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

/**
 * Writes an audit entry for every insert, update and delete of an {@link Audited} entity, in the
 * same transaction and on the same connection as the change itself: a change without its audit
 * entry cannot be committed, and no service can forget to record one.
 *
 * <p>Updates record only the attributes that changed, with their values before and after, taken
 * from EclipseLink's change set.
 */
public class AuditedChanges extends DescriptorEventAdapter {

    private static final String INSERT = "INSERT INTO audit_entry (at, actor, action, entity_type, entity_id,"
            + " scope_path, before_json, after_json) VALUES (#AT, #ACTOR, #ACTION, #TYPE, #ID, #SCOPE, #BEFORE, #AFTER)";

    /** An entry held back by {@link #collect}: written later in one batch, in the same transaction. */
    public record Pending(
            Timestamp at,
            String actor,
            AuditAction action,
            String entityType,
            String entityId,
            String scope,
            String before,
            String after,
            String detail) {

        /** An entity change: no free-text detail. */
        public Pending(
                Timestamp at,
                String actor,
                AuditAction action,
                String entityType,
                String entityId,
                String scope,
                String before,
                String after) {
            this(at, actor, action, entityType, entityId, scope, before, after, null);
        }
    }

    private static final ThreadLocal<List<Pending>> COLLECTED = new ThreadLocal<>();

    /**
     * Runs bulk work (an import of thousands of rows) with its audit entries collected instead of
     * written one by one; the caller writes them with {@link JdbcAuditBatch} before the transaction ends.
     * One statement per entry would interleave with the inserts and defeat JDBC batching.
     */
    public static List<Pending> collect(Runnable work) {
        List<Pending> collected = new java.util.ArrayList<>();
        COLLECTED.set(collected);
        try {
            work.run();
        } finally {
            COLLECTED.remove();
        }
        return collected;
    }

    /** Listens to every descriptor whose class is {@link Audited}. */
    public static void install(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (Audited.class.isAssignableFrom(descriptor.getJavaClass())) {
                descriptor.getEventManager().addListener(new AuditedChanges());
            }
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        Audited entity = (Audited) event.getObject();
        write(event, AuditAction.CREATE, entity, null, AuditJson.of(entity.auditState()));
    }

    /** Raised only for objects that really changed, with EclipseLink's change set of old and new values. */
    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        Audited entity = (Audited) event.getObject();
        ObjectChangeSet changes = (ObjectChangeSet) event.getChangeSet();
        if (changes == null && event.getQuery() instanceof WriteObjectQuery write) {
            changes = write.getObjectChangeSet();
        }
        if (changes == null || changes.getChanges().isEmpty()) {
            return;
        }
        Map<String, Object> now = entity.auditState();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        for (ChangeRecord change : flattened(changes.getChanges())) {
            String attribute = change.getAttribute();
            if (!now.containsKey(attribute)) {
                continue; // not part of the recorded state (e.g. the version counter)
            }
            after.put(attribute, now.get(attribute));
            before.put(attribute, oldValue(change, now.get(attribute)));
        }
        if (!after.isEmpty()) {
            write(event, AuditAction.UPDATE, entity, AuditJson.of(before), AuditJson.of(after));
        }
    }

    @Override
    public void preDelete(DescriptorEvent event) {
        Audited entity = (Audited) event.getObject();
        write(event, AuditAction.DELETE, entity, AuditJson.of(entity.auditState()), null);
    }

    /**
     * The changes with those inside an embedded value (a project's terms) taken out of it: the audit trail records
     * each attribute of an embeddable under its own name, as if it were the entity's.
     */
    private static List<ChangeRecord> flattened(List<ChangeRecord> changes) {
        List<ChangeRecord> all = new java.util.ArrayList<>();
        for (ChangeRecord change : changes) {
            if (change instanceof AggregateChangeRecord embedded && embedded.getChangedObject() != null) {
                all.addAll(flattened(embedded.getChangedObject().getChanges()));
            } else {
                all.add(change);
            }
        }
        return all;
    }

    private static Object oldValue(ChangeRecord change, Object current) {
        if (change instanceof DirectToFieldChangeRecord direct) {
            return direct.getOldValue();
        }
        if (change instanceof ObjectReferenceChangeRecord reference) {
            Object old = reference.getOldValue();
            return old instanceof ObjectChangeSet set ? set.getId() : old;
        }
        return "(changed)"; // collections: the new content is in "after"
    }

    private static void write(DescriptorEvent event, AuditAction action, Audited entity, String before, String after) {
        List<Pending> collecting = COLLECTED.get();
        if (collecting != null) {
            collecting.add(new Pending(
                    Timestamp.from(Instant.now()),
                    AuditActor.current(),
                    action,
                    entity.getClass().getSimpleName(),
                    AuditIdentity.idOf(entity),
                    AuditIdentity.scopeOf(entity, event.getSession()),
                    before,
                    after));
            return;
        }
        Session session = event.getSession();
        if (session instanceof UnitOfWork unitOfWork) {
            session = unitOfWork.getParent();
        }
        DataModifyQuery insert = new DataModifyQuery(new SQLCall(INSERT));
        for (String argument : List.of("AT", "ACTOR", "ACTION", "TYPE", "ID", "SCOPE", "BEFORE", "AFTER")) {
            insert.addArgument(argument);
        }
        session.executeQuery(
                insert,
                Arrays.asList(
                        Timestamp.from(Instant.now()),
                        AuditActor.current(),
                        action.name(),
                        entity.getClass().getSimpleName(),
                        AuditIdentity.idOf(entity),
                        AuditIdentity.scopeOf(entity, event.getSession()),
                        before,
                        after));
    }
}
