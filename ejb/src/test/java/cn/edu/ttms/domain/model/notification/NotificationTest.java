package cn.edu.ttms.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice: to one username, a message key with its arguments (each cut to a length), read once. */
class NotificationTest {

    private static final Instant AT = Instant.parse("2026-12-04T02:00:00Z");

    private static Notification to(String recipient, List<String> args) {
        return new Notification(recipient, NotificationKind.LOTTERY_WON, "notification.LOTTERY_WON", args, 7L, AT);
    }

    @Test
    void aNoticeNeedsItsRecipientsUsernameOfAtMost64Characters() {
        assertEquals("x".repeat(64), to("x".repeat(64), List.of()).recipient());
        for (String bad : new String[] {null, " ", "x".repeat(65)}) {
            assertThrows(IllegalArgumentException.class, () -> to(bad, List.of()), String.valueOf(bad));
        }
        assertThrows(
                NullPointerException.class,
                () -> new Notification("t0021", null, "notification.LOTTERY_WON", List.of(), null, AT));
    }

    @Test
    void theArgumentsComeBackAsGivenAMissingOneAsEmptyALongOneCut() {
        assertEquals(
                List.of("抽签测试项目", "20261124"),
                to("t0021", List.of("抽签测试项目", "20261124")).args());
        assertEquals(List.of("", "b"), to("t0021", Arrays.asList(null, "b")).args());
        assertEquals(
                List.of("x".repeat(Notification.MAX_ARG)),
                to("t0021", List.of("x".repeat(600))).args());
        assertEquals(List.of(), to("t0021", null).args());
    }

    @Test
    void tooManyArgumentsForOneNoticeAreRefused() {
        List<String> many = java.util.Collections.nCopies(9, "x".repeat(Notification.MAX_ARG));
        assertThrows(IllegalArgumentException.class, () -> to("t0021", many));
    }

    @Test
    void readingItAgainKeepsTheFirstTime() {
        Notification n = to("t0021", List.of());
        assertFalse(n.isRead());
        n.markRead(AT.plusSeconds(60));
        n.markRead(AT.plusSeconds(120));
        assertTrue(n.isRead());
        assertEquals(AT.plusSeconds(60), n.readAt());
    }
}
