package cn.edu.ttms.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmbeddableBatchReadsTest {

    @Test
    void glassFishsEclipseLinkReadsRowByRowPayarasBatches() {
        assertFalse(EmbeddableBatchReads.safe("4.0.3"), "GlassFish 7.0.21");
        assertFalse(EmbeddableBatchReads.safe("4.0.3.v202405220658"));
        assertFalse(EmbeddableBatchReads.safe("3.0.4"));
        assertTrue(EmbeddableBatchReads.safe("4.0.7.payara-p1v202509010857"), "Payara Server 6.2025.10");
        assertTrue(EmbeddableBatchReads.safe("4.0.7"));
        assertTrue(EmbeddableBatchReads.safe("4.0.9"));
        assertTrue(EmbeddableBatchReads.safe("5.0.0-B10"));
    }

    @Test
    void anUnreadableVersionIsNotTrusted() {
        assertFalse(EmbeddableBatchReads.safe("unknown"));
        assertFalse(EmbeddableBatchReads.safe(""));
    }
}
