package cn.edu.ttms.application.startup;

/**
 * Fired once the database answers and every migration is applied: work that needs the schema
 * at start-up (demo data, the first administrator, signing keys) observes it instead of racing
 * the migration.
 *
 * @param embedded whether this is the embedded H2 database (the zero-configuration default)
 */
public record DatabaseReady(boolean embedded) {}
