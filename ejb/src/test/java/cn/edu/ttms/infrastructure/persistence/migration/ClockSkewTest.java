package cn.edu.ttms.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockSkewTest {

    private static final long DB = 1_796_000_000L;

    @Test
    void aFewSecondsApartIsQuiet() {
        assertEquals(Optional.empty(), ClockSkew.of(DB, DB * 1000 + 29_999));
        assertEquals(Optional.empty(), ClockSkew.of(DB, DB * 1000 - 30_000));
    }

    @Test
    void farApartIsSaidWithTheDirection() {
        String ahead = ClockSkew.of(DB, (DB + 120) * 1000).orElseThrow();
        assertTrue(ahead.contains("120 s ahead of"), ahead);
        String behind = ClockSkew.of(DB, (DB - 3600) * 1000).orElseThrow();
        assertTrue(behind.contains("3600 s behind"), behind);
    }
}
