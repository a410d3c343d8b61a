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
        AccountSheetFetched again =
                assertThrows(AccountSheetFetched.class, () -> sheet.fetch("linxiang", Instant.now()));
        assertEquals("principal", again.fetchedBy());
        assertEquals("error.accountSheet.fetched", again.messageKey());
        assertEquals(List.of("principal", "2026-12-04 11:00"), again.args(), "China time to the minute");
        assertEquals("principal", sheet.fetchedBy(), "the first fetch stands");
    }

    @Test
    void onlyAFetchedSheetIsReissuedAndOnlyForAccountsLeft() {
        AccountSheet sheet = AccountSheet.opened(7, 8, "临翔区第一完全小学", "/2/3/4/8/", 34, OPENED, "principal");
        AccountSheetReissueRefused unfetched =
                assertThrows(AccountSheetReissueRefused.class, () -> sheet.reissue(9, 30, OPENED, "linxiang"));
        assertEquals("error.accountSheet.notFetched", unfetched.messageKey());
        sheet.fetch("principal", OPENED.plusSeconds(60));
        assertEquals(
                "error.accountSheet.nothingToReissue",
                assertThrows(AccountSheetReissueRefused.class, () -> sheet.reissue(9, 0, OPENED, "linxiang"))
                        .messageKey());
        AccountSheet fresh = sheet.reissue(9, 30, OPENED.plusSeconds(120), "linxiang");
        assertEquals(9, fresh.id());
        assertEquals(8, fresh.schoolId());
        assertEquals("/2/3/4/8/", fresh.schoolPath());
        assertEquals(30, fresh.accountCount());
        assertEquals("linxiang", fresh.createdBy());
        assertFalse(fresh.fetched(), "the new sheet waits for its one fetch");
    }

    @Test
    void aSheetCountsNoNegativeNumberOfAccounts() {
        assertThrows(
                IllegalArgumentException.class, () -> AccountSheet.opened(7, 8, "x", "/2/", -1, OPENED, "principal"));
    }
}
