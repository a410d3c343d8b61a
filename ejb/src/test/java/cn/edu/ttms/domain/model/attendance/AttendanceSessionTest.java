package cn.edu.ttms.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A session's hours fit the column: more than 0, at most a day, one decimal place. */
class AttendanceSessionTest {

    @Test
    void hoursAreOverZeroAtMostADayWithOneDecimal() {
        for (String ok : new String[] {"0.5", "3", "3.0", "3.50", "7.5", "24", "24.0"}) {
            assertTrue(AttendanceSession.validHours(new BigDecimal(ok)), ok);
        }
        for (String bad : new String[] {"0", "0.0", "-1", "24.1", "25", "2.25", "0.05"}) {
            assertFalse(AttendanceSession.validHours(new BigDecimal(bad)), bad);
        }
        assertFalse(AttendanceSession.validHours(null));
    }
}
