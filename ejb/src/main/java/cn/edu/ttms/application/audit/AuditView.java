package cn.edu.ttms.application.audit;

import java.time.Instant;

/** One audit entry as staff (or the teacher concerned) read it. */
public record AuditView(long id, Instant at, String actor, String action, String entityType, String entityId,
        String before, String after, String detail) implements java.io.Serializable {

    public long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }
}
