package cn.edu.ttms.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every refusal of attendance and every way of recording it reads in Chinese and in English. */
class AttendanceMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(error\\.attendance\\.[A-Za-z]+)\"");

    @Test
    void everyKeyHasAChineseAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = KEY.matcher(
                Files.readString(Path.of("src/main/java/cn/edu/ttms/domain/model/attendance/AttendanceRefused.java")));
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertTrue(keys.size() >= 10, keys.toString());
        for (AttendanceMethod how : AttendanceMethod.values()) {
            keys.add(how.messageKey());
        }
        ResourceBundle zh = bundle(Locale.CHINA);
        ResourceBundle en = bundle(Locale.ENGLISH);
        for (String key : keys) {
            assertTrue(zh.containsKey(key) && en.containsKey(key), key);
            String chinese = zh.getString(key);
            String english = en.getString(key);
            assertTrue(chinese.codePoints().anyMatch(c -> c > 0x2E80), key + " is not Chinese");
            assertFalse(english.codePoints().anyMatch(c -> c > 0x2E80), key + " is not English");
            if (english.contains("{0}")) {
                assertFalse(english.contains("'"), key + ": an apostrophe disturbs MessageFormat");
            }
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "cn.edu.ttms.domain.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
