package cn.edu.ttms.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Chinese first and English complete: both bundles hold exactly the same keys, none empty. */
class MessageBundlesTest {

    private static final String BASE = "cn/edu/ttms/interfaces/web/messages";

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                MessageBundlesTest.class.getClassLoader().getResourceAsStream(BASE + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishHasEveryChineseKeyAndNoOther() throws IOException {
        Set<String> zh = new TreeSet<>(load("").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("_en").stringPropertyNames());
        Set<String> missing = new TreeSet<>(zh);
        missing.removeAll(en);
        Set<String> extra = new TreeSet<>(en);
        extra.removeAll(zh);
        assertTrue(missing.isEmpty(), "missing in English: " + missing);
        assertTrue(extra.isEmpty(), "only in English: " + extra);
        load("_en").forEach((k, v) -> assertTrue(!v.toString().isBlank(), "empty English text for " + k));
    }

    /**
     * A key written twice keeps only its second text: two messages of one key (it happened: a plan import's
     * "no sequence number" showed the text of another problem) are caught here, for the pages' bundles and the
     * domain's.
     */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : new String[] {
            BASE + ".properties",
            BASE + "_en.properties",
            "cn/edu/ttms/domain/messages.properties",
            "cn/edu/ttms/domain/messages_en.properties"
        }) {
            Set<String> twice = new TreeSet<>();
            Properties counting = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        twice.add(key.toString());
                    }
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
                assertTrue(in != null, bundle);
                counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertTrue(counting.size() > 10, bundle + " read");
            assertTrue(twice.isEmpty(), bundle + " writes these keys twice: " + twice);
        }
    }

    @Test
    void aChineseRequestGetsChineseEvenOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle zh = ResourceBundle.getBundle(BASE.replace('/', '.'), Locale.SIMPLIFIED_CHINESE);
            assertEquals("登录", zh.getString("login.submit"));
            ResourceBundle en = ResourceBundle.getBundle(BASE.replace('/', '.'), Locale.ENGLISH);
            assertEquals("Sign in", en.getString("login.submit"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
