package cn.edu.ttms.application.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.shared.Conflict;
import cn.edu.ttms.domain.model.shared.Forbidden;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may back up the system, and what happens on each database: the top unit's administrator on H2 gets a
 * file and an audit entry; another unit's administrator is refused (audited, nothing written); on MySQL the
 * answer is a conflict that names the script, and nothing is written either.
 */
class SystemBackupsTest {

    private final List<String> records = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final List<Instant> written = new ArrayList<>();
    private boolean embedded = true;

    private SystemBackups service(Caller me) {
        SystemBackups s = new SystemBackups();
        s.caller = new CurrentCaller() {
            @Override
            public Caller get() {
                return me;
            }
        };
        s.database = new DatabaseBackup() {
            @Override
            public boolean embedded() {
                return embedded;
            }

            @Override
            public BackupFile write(Instant at) {
                written.add(at);
                return new BackupFile("/data/backups/ttms-20270101-020000.zip", 4096);
            }

            @Override
            public String schemaVersion() {
                return "22";
            }
        };
        s.audit = new AuditTrail() {
            @Override
            public void record(
                    AuditAction action, String entityType, Object entityId, String scopePath, String detail) {
                records.add(action + " " + entityId + " " + scopePath + " " + detail);
            }

            @Override
            public void refusal(
                    AuditAction action, String entityType, Object entityId, String scopePath, String detail) {
                refusals.add(action + " " + scopePath + " " + detail);
            }
        };
        return s;
    }

    private static Caller admin(String path) {
        return new Caller("admin", Set.of(Role.ADMIN), 1, path, null);
    }

    @Test
    void theTopUnitsAdministratorBacksUpTheEmbeddedDatabaseAndItIsAudited() {
        SystemBackups.Backup backup = service(admin("/1/")).create();

        assertEquals("/data/backups/ttms-20270101-020000.zip", backup.file());
        assertEquals(4096, backup.bytes());
        assertEquals("22", backup.schemaVersion());
        assertEquals(written.get(0), backup.createdAt());
        assertEquals(
                List.of("BACKUP ttms-20270101-020000.zip /1/ /data/backups/ttms-20270101-020000.zip, 4096 bytes,"
                        + " schema version 22"),
                records);
        assertTrue(refusals.isEmpty());
    }

    @Test
    void anAdministratorBelowTheTopUnitIsRefusedAuditedAndNothingIsWritten() {
        Forbidden e =
                assertThrows(Forbidden.class, () -> service(admin("/1/2/")).create());

        assertEquals("error.backup.rootAdminOnly", e.messageKey());
        assertTrue(written.isEmpty());
        assertTrue(records.isEmpty());
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).startsWith("ACCESS_REFUSED /1/2/ backup refused"), refusals.get(0));
    }

    @Test
    void onMySqlTheAnswerIsAConflictNamingTheDumpScript() {
        embedded = false;

        Conflict e = assertThrows(Conflict.class, () -> service(admin("/1/")).create());

        assertEquals("error.backup.useDump", e.messageKey());
        assertTrue(written.isEmpty());
        assertTrue(records.isEmpty());
        assertFalse(e.getMessage().isBlank());
    }
}
