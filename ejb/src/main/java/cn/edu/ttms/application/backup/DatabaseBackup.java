package cn.edu.ttms.application.backup;

import java.time.Instant;

/**
 * The database as a whole, for a backup taken while the application runs (README, "Backup and restore").
 * Only the embedded H2 database is copied from inside the application: its file is locked by the running
 * server, so no tool outside can read it consistently. MySQL/MariaDB is dumped by government IT with
 * {@code ops/bin/backup.sh} instead.
 */
public interface DatabaseBackup {

    /** Whether the application runs on its embedded H2 database. */
    boolean embedded();

    /**
     * Writes a transactionally consistent copy of the running embedded database into a new zip file under
     * the data directory ({@code backups/ttms-<yyyyMMdd-HHmmss>.zip}, named after {@code at}).
     */
    BackupFile write(Instant at);

    /** The schema version of the database: Flyway's latest successful migration. */
    String schemaVersion();

    /** A file written by {@link #write}: its absolute path and size. */
    record BackupFile(String file, long bytes) {}
}
