package cn.edu.ttms.application.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code plan.} key the importer uses has a Chinese and an English text, and no other. */
class PlanMessagesTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/cn/edu/ttms/application/plan"),
            Path.of("src/main/java/cn/edu/ttms/infrastructure/spreadsheet/plan"));
    private static final Pattern KEY = Pattern.compile("\"(plan\\.[A-Za-z.]+)\"");

    @Test
    void everyKeyInTheCodeHasBothTextsAndTheBundlesAgree() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path sources : SOURCES) {
            try (Stream<Path> files = Files.list(sources)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        ResourceBundle zh = bundle(Locale.CHINA);
        ResourceBundle en = bundle(Locale.ENGLISH);
        assertEquals(used, planKeys("messages.properties"), "keys in the code vs. Chinese");
        assertEquals(used, planKeys("messages_en.properties"), "keys in the code vs. English");
        for (String key : used) {
            String chinese = zh.getString(key);
            String english = en.getString(key);
            assertTrue(chinese.codePoints().anyMatch(c -> c > 0x2E80), key + " is not Chinese");
            assertFalse(english.equals(chinese), key + " has no English text");
            for (String pattern : new String[] {chinese, english}) {
                assertFalse(pattern.contains("'"), key + ": an apostrophe disturbs MessageFormat");
                String text = MessageFormat.format(pattern, "甲", "乙", "丙", "丁");
                assertFalse(text.contains("{"), key + ": " + text);
            }
        }
    }

    /** The plan keys of one file, not of its parents. */
    private static Set<String> planKeys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlanMessagesTest.class.getResourceAsStream("/cn/edu/ttms/domain/" + file)) {
            assertNotNull(in, file);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("plan.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "cn.edu.ttms.domain.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
