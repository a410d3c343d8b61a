package cn.edu.ttms.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An audit entry: when, who and what are required; the detail is cut to the column. */
class AuditEntryTest {

    private static AuditEntry entry(Instant at, String actor, AuditAction action, String detail) {
        return new AuditEntry(at, actor, action, "UserAccount", "42", "/1/2/", null, null, detail);
    }

    @Test
    void whenWhoAndWhatAreRequired() {
        assertThrows(NullPointerException.class, () -> entry(null, "admin", AuditAction.UPDATE, null));
        assertThrows(NullPointerException.class, () -> entry(Instant.EPOCH, null, AuditAction.UPDATE, null));
        assertThrows(NullPointerException.class, () -> entry(Instant.EPOCH, "admin", null, null));
    }

    @Test
    void theDetailIsKeptUpTo1000CharactersAndCutBeyond() {
        assertNull(entry(Instant.EPOCH, "admin", AuditAction.UPDATE, null).detail());
        assertEquals(
                "x".repeat(1000),
                entry(Instant.EPOCH, "admin", AuditAction.UPDATE, "x".repeat(1000))
                        .detail());
        assertEquals(
                "x".repeat(1000),
                entry(Instant.EPOCH, "admin", AuditAction.UPDATE, "x".repeat(1500))
                        .detail());
        assertEquals(
                "/1/2/", entry(Instant.EPOCH, "admin", AuditAction.UPDATE, null).scopePath());
    }
}
