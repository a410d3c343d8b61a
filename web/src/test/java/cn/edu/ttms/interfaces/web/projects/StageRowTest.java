package cn.edu.ttms.interfaces.web.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.edu.ttms.interfaces.web.projects.ProjectFormRows.StageRow;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 合计 of a stage on the form follows 异地 + 本地 as they are typed, unless the user typed a total. */
class StageRowTest {

    @Test
    void theTotalFollowsThePartsWhileItIsBlankOrDerived() {
        StageRow r = new StageRow();
        r.setDaysLocal(new BigDecimal("3"));
        r.deriveTotal();
        assertEquals(new BigDecimal("3"), r.getDaysTotal());
        r.setDaysOffsite(new BigDecimal("2.5"));
        r.deriveTotal();
        assertEquals(new BigDecimal("5.5"), r.getDaysTotal());
        r.setDaysOffsite(null);
        r.setDaysLocal(null);
        r.deriveTotal();
        assertNull(r.getDaysTotal());
    }

    @Test
    void aTotalTheUserTypedIsLeftForTheChecks() {
        StageRow r = new StageRow();
        r.setDaysTotal(new BigDecimal("7"));
        r.setDaysLocal(new BigDecimal("3"));
        r.deriveTotal();
        assertEquals(new BigDecimal("7"), r.getDaysTotal());
    }

    @Test
    void aStoredTotalThatIsTheSumKeepsFollowing() {
        StageRow r = new StageRow();
        r.setDaysLocal(new BigDecimal("5.0"));
        r.setDaysTotal(new BigDecimal("5"));
        r.totalRead();
        r.setDaysLocal(new BigDecimal("6"));
        r.deriveTotal();
        assertEquals(new BigDecimal("6"), r.getDaysTotal());
    }
}
