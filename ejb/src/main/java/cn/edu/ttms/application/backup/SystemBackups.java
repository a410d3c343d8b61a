package cn.edu.ttms.application.backup;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.shared.Conflict;
import cn.edu.ttms.domain.model.shared.Forbidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A backup of the whole system taken while it runs (issue 20, "Backup and restore"): on the embedded H2
 * database the application writes it itself; on MySQL/MariaDB it refuses and names the script that dumps
 * the database. Everybody's data is in it, so only an administrator of the top unit may take one, and
 * every backup (and every refused attempt by another administrator) is in the audit trail.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SystemBackups {

    static final String ENTITY = "SystemBackup";

    @Inject
    CurrentCaller caller;

    @Inject
    DatabaseBackup database;

    @Inject
    AuditTrail audit;

    /** What a backup wrote. */
    public record Backup(String file, long bytes, String schemaVersion, Instant createdAt) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public Backup create() {
        Caller who = caller.get();
        if (!who.atTopUnit()) {
            audit.refusal(
                    AuditAction.ACCESS_REFUSED,
                    ENTITY,
                    null,
                    who.organisationPath(),
                    "backup refused: " + who.username() + " is not an administrator of the top unit");
            throw new Forbidden(
                    "error.backup.rootAdminOnly", "only an administrator of the top unit may back up the system");
        }
        if (!database.embedded()) {
            throw new Conflict(
                    "error.backup.useDump",
                    "MySQL/MariaDB is backed up with ops/bin/backup.sh (mariadb-dump), not from the application");
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        DatabaseBackup.BackupFile written = database.write(at);
        String version = database.schemaVersion();
        audit.record(
                AuditAction.BACKUP,
                ENTITY,
                fileName(written.file()),
                who.organisationPath(),
                written.file() + ", " + written.bytes() + " bytes, schema version " + version);
        return new Backup(written.file(), written.bytes(), version, at);
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
