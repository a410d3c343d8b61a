package cn.edu.ttms.domain.model.audit;

import java.util.Map;

/**
 * An entity whose every change is written to the audit trail (who, when, which record, before and
 * after). Implemented by the entities themselves so that they decide what is worth recording —
 * never a password hash — and under which organisation the record's audit may be read.
 */
public interface Audited {

    /** The record's id as it appears in the audit trail. */
    Object auditId();

    /** The materialised path of the organisation the record belongs to; staff read audits of their subtree. */
    String auditScope();

    /** The recorded state, keyed by attribute name; references as ids. */
    Map<String, Object> auditState();
}
