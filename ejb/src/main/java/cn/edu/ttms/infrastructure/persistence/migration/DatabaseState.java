package cn.edu.ttms.infrastructure.persistence.migration;

/** Where the start-up of the database stands; readiness is UP only in {@link #READY}. */
public enum DatabaseState {
    /** Not tried yet. */
    STARTING,
    /** The database did not answer; retried on a timer. */
    UNREACHABLE,
    /** A migration failed: the application does not start. */
    MIGRATION_FAILED,
    /**
     * The database has migrations this release does not know: a newer release upgraded it (a second node of an
     * older version, or a downgrade). This node refuses to serve rather than write to a schema it does not know.
     */
    SCHEMA_NEWER,
    /** The database answers and the schema is current. */
    READY
}
