package cn.edu.ttms.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A notice's arguments come back exactly as they went in; every kind has its texts in both languages. */
class NotificationArgsTest {

    @Test
    void argumentsRoundTripWhateverTheyHold() {
        List<List<String>> cases = List.of(
                List.of("名额留给乡村教师"),
                List.of("项目|甲", "原因\\乙", ""),
                List.of("", ""),
                List.of(""),
                List.of("\\", "|", "\\|", "a\\\\|b"),
                List.of("2003-08-04 – 2003-08-06", "临沧市教师发展中心三楼报告厅"));
        for (List<String> args : cases) {
            assertEquals(args, NotificationArgs.decode(NotificationArgs.encode(args)), args.toString());
        }
        assertNull(NotificationArgs.encode(List.of()), "no arguments: nothing stored");
        assertEquals(List.of(), NotificationArgs.decode(null));
        assertEquals("a|b", NotificationArgs.encode(List.of("a", "b")), "plain text stays readable in the table");
    }

    @Test
    void aNoticeIsReadOnceAndKeepsTheFirstTime() {
        Notification n = new Notification(
                "teacher",
                NotificationKind.ENROLMENT_REFUSED,
                "notification.ENROLMENT_REFUSED",
                List.of("项目", "x".repeat(Notification.MAX_ARG + 10)),
                7L,
                Instant.parse("2003-01-01T00:00:00Z"));
        assertFalse(n.isRead());
        assertEquals(Notification.MAX_ARG, n.args().get(1).length(), "an overlong argument is cut");
        Instant first = Instant.parse("2003-01-02T00:00:00Z");
        n.markRead(first);
        n.markRead(Instant.parse("2003-01-03T00:00:00Z"));
        assertTrue(n.isRead());
        assertEquals(first, n.readAt());
    }

    @Test
    void everyKindHasItsTextsInChineseAndEnglish() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> zhKeys = keys(zh);
        assertEquals(zhKeys, keys(en), "the same notification keys in both languages");
        for (NotificationKind kind : NotificationKind.values()) {
            assertTrue(zhKeys.contains("notification." + kind.name()), kind + " has no text");
            assertTrue(zhKeys.contains(kind.messageKey()), kind + " has no label");
        }
        for (String key : zhKeys) {
            for (Properties bundle : List.of(zh, en)) {
                String pattern = bundle.getProperty(key);
                assertFalse(
                        pattern.isBlank() || pattern.contains("'"), key + ": empty or an apostrophe (MessageFormat)");
                assertFalse(MessageFormat.format(pattern, "甲", "乙", "丙").contains("{"), key);
            }
            assertFalse(zh.getProperty(key).equals(en.getProperty(key)), key + " has no English text");
        }
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("notification"))
                .forEach(keys::add);
        return keys;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NotificationArgsTest.class.getResourceAsStream("/cn/edu/ttms/domain/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
