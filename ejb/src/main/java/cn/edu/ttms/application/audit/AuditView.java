package cn.edu.ttms.application.audit;

import java.time.Instant;

/**
 * One audit entry as staff (or the teacher concerned) read it; {@code actorName} and {@code actorUnit} name the
 * account that acted (null when the actor is a system task or an unknown username); {@code links} name the records
 * its fields point at, by {@link AuditLinks#key} (a key that is missing: the record no longer exists; no map at all:
 * not looked up, the ids are shown as stored).
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
        String actorUnit,
        java.util.Map<String, Link> links)
        implements java.io.Serializable {

    /**
     * A record an entry names, as the reader may know it: its name and a number that goes with it (a policy's
     * version, a batch's revision), or only that it is another unit's ({@code visible} false, no name).
     */
    public record Link(String name, Integer number, boolean visible) implements java.io.Serializable {

        public static final Link OTHER_UNIT = new Link(null, null, false);
    }

    /** An entry whose links are not looked up (yet). */
    public AuditView(
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
            String actorUnit) {
        this(id, at, actor, action, entityType, entityId, before, after, detail, actorName, actorUnit, null);
    }

    /** The same entry naming these records. */
    public AuditView withLinks(java.util.Map<String, Link> names) {
        return new AuditView(
                id, at, actor, action, entityType, entityId, before, after, detail, actorName, actorUnit, names);
    }

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
