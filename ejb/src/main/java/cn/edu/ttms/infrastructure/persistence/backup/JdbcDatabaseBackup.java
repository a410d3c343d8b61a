package cn.edu.ttms.infrastructure.persistence.backup;

import cn.edu.ttms.application.backup.DatabaseBackup;
import cn.edu.ttms.infrastructure.persistence.datasource.ApplicationDataSource;
import cn.edu.ttms.infrastructure.persistence.datasource.DatabaseSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * The database backup on the application's own data source. On H2 it is H2's {@code BACKUP TO}, which
 * copies the open database file into a zip while the server keeps serving: the copy is transactionally
 * consistent (H2's MVStore writes append-only, and the command copies a committed state). The zip holds
 * {@code ttms.mv.db}; restoring is unzipping it into {@code <data dir>/db} (ops/bin/restore.sh).
 */
@ApplicationScoped
public class JdbcDatabaseBackup implements DatabaseBackup {

    private static final Logger LOG = Logger.getLogger(JdbcDatabaseBackup.class.getName());

    /** Local time, like the directories of ops/bin/backup.sh, so that both sort and read alike. */
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Override
    public boolean embedded() {
        try (Connection c = ApplicationDataSource.lookup().getConnection()) {
            return DatabaseSettings.isEmbedded(c.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    @Override
    public BackupFile write(Instant at) {
        Path directory = DatabaseSettings.dataDirectory().resolve("backups");
        try {
            Files.createDirectories(directory);
            Path file = freeName(directory, "ttms-" + STAMP.format(at.atZone(ZoneId.systemDefault())));
            try (Connection c = ApplicationDataSource.lookup().getConnection();
                    Statement s = c.createStatement()) {
                // the name is ours (data directory + time stamp), never a caller's; quotes doubled all the same
                s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            ownerOnly(file);
            long bytes = Files.size(file);
            LOG.info("Backup of the embedded database written: " + file + " (" + bytes + " bytes)");
            return new BackupFile(file.toString(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup under " + directory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("the database backup failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String schemaVersion() {
        try (Connection c = ApplicationDataSource.lookup().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history"
                        + " WHERE success = TRUE AND version IS NOT NULL ORDER BY installed_rank DESC")) {
            return rs.next() ? rs.getString(1) : "none";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema version: " + e.getMessage(), e);
        }
    }

    /** Everybody's personal data is in it: readable by the server's account only, where the file system can say so. */
    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** {@code name.zip}, or {@code name-2.zip}… when two backups fall into the same second. */
    private static Path freeName(Path directory, String name) {
        Path file = directory.resolve(name + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = directory.resolve(name + "-" + n + ".zip");
        }
        return file;
    }
}
