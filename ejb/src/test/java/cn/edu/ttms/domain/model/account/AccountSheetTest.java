package cn.edu.ttms.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSheetTest {

    private static final Instant OPENED = Instant.parse("2026-12-04T02:00:00Z");

    @Test
    void aSheetIsFetchedOnceAndTheSecondTryNamesTheFirst() {
        AccountSheet sheet = AccountSheet.opened(7, 8, "临翔区第一完全小学", "/2/3/4/8/", 34, OPENED, "principal");
        assertFalse(sheet.fetched());
        sheet.fetch("principal", OPENED.plusSeconds(3600));
        assertTrue(sheet.fetched());
        AccountSheetFetched again = assertThrows(AccountSheetFetched.class, () -> sheet.fetch("linxiang", Instant.now()));
        assertEquals("principal", again.fetchedBy());
        assertEquals("error.accountSheet.fetched", again.messageKey());
        assertEquals(List.of("principal", "2026-12-04 11:00"), again.args(), "China time to the minute");
        assertEquals("principal", sheet.fetchedBy(), "the first fetch stands");
    }

    @Test
    void aSheetCountsNoNegativeNumberOfAccounts() {
        assertThrows(IllegalArgumentException.class,
                () -> AccountSheet.opened(7, 8, "x", "/2/", -1, OPENED, "principal"));
    }
}
