package cn.edu.ttms.domain.model.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An integrity record (art. 21): kept in the teacher's unit, its kind required, its detail cut to the column. */
class IntegrityRecordTest {

    private static IntegrityRecord record(String unitPath, IntegrityRecord.Kind kind, String detail) {
        return new IntegrityRecord(21, unitPath, 300L, 11L, 7L, kind, detail, "verifier", Instant.EPOCH);
    }

    @Test
    void theRecordIsAuditedInTheTeachersUnitWithItsKind() {
        IntegrityRecord r = record("/1/2/4/9/", IntegrityRecord.Kind.TAMPERED, "credits changed after signing");
        assertEquals("TAMPERED", r.auditState().get("kind"));
        assertEquals(11L, r.auditState().get("batchId"));
        assertEquals("credits changed after signing", r.auditState().get("detail"));
    }

    @Test
    void aLongDetailIsCutTo1000Characters() {
        assertEquals(
                "x".repeat(1000),
                record("/1/", IntegrityRecord.Kind.FORGED, "x".repeat(1000))
                        .auditState()
                        .get("detail"));
        assertEquals(
                "x".repeat(1000),
                record("/1/", IntegrityRecord.Kind.FORGED, "x".repeat(1001))
                        .auditState()
                        .get("detail"));
    }

    @Test
    void aRecordNeedsItsUnitAndKind() {
        assertThrows(NullPointerException.class, () -> record(null, IntegrityRecord.Kind.FORGED, "d"));
        assertThrows(NullPointerException.class, () -> record("/1/", null, "d"));
    }
}
