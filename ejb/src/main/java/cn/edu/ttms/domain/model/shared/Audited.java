package cn.edu.ttms.domain.model.shared;

import java.util.Map;

/**
 * An entity whose every change is written to the audit trail (who, when, which record, before and
 * after). Implemented by the entities themselves so that they decide what is worth recording —
 * never a password hash. The rest the audit trail reads from the entity's mapping, once per class:
 * the record's id is its primary key (the {@code @Id} fields, joined by "/" when there are several,
 * in the order they are declared) and its field marked {@link AuditScope} names the organisation the
 * record belongs to; staff read audits of their subtree.
 */
public interface Audited {

    /** The recorded state, keyed by attribute name; references as ids. */
    Map<String, Object> auditState();
}
