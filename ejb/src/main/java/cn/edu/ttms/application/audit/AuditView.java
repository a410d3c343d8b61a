package cn.edu.ttms.application.audit;

import java.time.Instant;

/**
 * One audit entry as staff (or the teacher concerned) read it; {@code actorName} and {@code actorUnit} name the
 * account that acted (null when the actor is a system task or an unknown username).
 */
public record AuditView(
        long id,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        String before,
        String after,
        String detail,
        String actorName,
        String actorUnit)
        implements java.io.Serializable {

    public long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm:ss")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));

    /** When, as people in China read the clock, whatever the server's zone. */
    public String getAtText() {
        return SHOWN.format(at);
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }
}
