package cn.edu.ttms.application.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The QR code's offline proof: the message is fixed text anyone can rebuild from the QR code. */
class OfflineProofTest {

    @Test
    void theMessageWritesFiguresPlainly() {
        assertEquals(
                "TTMS-V1|CODE|3FA2|18|32.4",
                OfflineProof.message("CODE", "3FA2", new BigDecimal("18.00"), new BigDecimal("32.40")));
    }

    @Test
    void thePayloadIsTheVerificationAddressWithTheProof() {
        String payload = OfflineProof.payload(
                "https://ttms.example/verify/CODE", "3FA2", new BigDecimal("18.00"), BigDecimal.ZERO, new byte[] {
                    -1, 0, 1
                });
        assertEquals("https://ttms.example/verify/CODE?h=3FA2&t=18_0&s=_wAB", payload);
    }

    @Test
    void theHolderDigestIsFourHexDigitsAndDependsOnEveryPart() {
        String d = OfflineProof.holderDigest("CODE", "530902199001011234", "李明");
        assertTrue(d.matches("[0-9A-F]{4}"), d);
        assertEquals(d, OfflineProof.holderDigest("CODE", "530902199001011234", "李明"));
        assertNotEquals(d, OfflineProof.holderDigest("CODF", "530902199001011234", "李明"));
        assertNotEquals(d, OfflineProof.holderDigest("CODE", "530902199001011235", "李明"));
    }
}
