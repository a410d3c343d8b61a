package cn.edu.ttms.infrastructure.persistence.migration;

/** Where the start-up of the database stands; readiness is UP only in {@link #READY}. */
public enum DatabaseState {
    /** Not tried yet. */
    STARTING,
    /** The database did not answer; retried on a timer. */
    UNREACHABLE,
    /** A migration failed: the application does not start. */
    MIGRATION_FAILED,
    /** The database answers and the schema is current. */
    READY
}
