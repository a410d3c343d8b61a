package cn.edu.ttms.infrastructure.spreadsheet;

import java.lang.Character.UnicodeScript;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells the encoding of an uploaded text file, because users cannot: Excel on Chinese Windows
 * saves "CSV" in GBK, "CSV UTF-8" with a byte order mark, and WPS or a script may write UTF-8
 * without one.
 *
 * <p>The rule, in order: a byte order mark decides (UTF-8, or UTF-16 for Excel's "Unicode Text");
 * bytes that decode as strict UTF-8 are UTF-8, since GBK text almost never does; anything else is
 * GBK, decoded as GB18030, its superset, so that rare characters in names (e.g. 䶮) survive.
 *
 * <p>One exception to the second step: GBK text made only of characters whose two bytes happen to
 * form valid UTF-8 pairs (学校 is {@code D1 A7 D0 A3}, which UTF-8 reads as the Cyrillic ѧУ) would
 * pass as UTF-8. A short cell or a one-word file can do that. So strictly valid UTF-8 that has no
 * character from U+0800 up (none of the Chinese range) but does have characters beyond Latin-1
 * (Greek, Cyrillic, Hebrew…), and that reads as Chinese in GB18030, is taken for GB18030. Western
 * names with accents (Müller, José) stay within Latin-1 and still read as UTF-8.
 */
public final class TextEncodingDetector {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncodingDetector() {}

    /** The charset to decode {@code bytes} with; UTF-8 for an empty or pure ASCII file. */
    public static Charset detect(byte[] bytes) {
        Optional<Charset> marked = byteOrderMarkCharset(bytes);
        if (marked.isPresent()) {
            return marked.get();
        }
        Optional<String> utf8 = decodeStrictly(bytes, StandardCharsets.UTF_8);
        if (utf8.isEmpty()) {
            return GB18030;
        }
        return looksLikeMisreadGbk(utf8.get(), bytes) ? GB18030 : StandardCharsets.UTF_8;
    }

    /** The text of {@code bytes} in the detected charset, without a leading byte order mark. */
    public static String decode(byte[] bytes) {
        String text = new String(bytes, detect(bytes));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The charset a byte order mark at the start of {@code bytes} names, if there is one. */
    static Optional<Charset> byteOrderMarkCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean looksLikeMisreadGbk(String utf8, byte[] bytes) {
        boolean beyondLatin1 = false;
        for (int i = 0; i < utf8.length(); i++) {
            char c = utf8.charAt(i);
            if (c >= 0x0800) {
                return false;
            }
            beyondLatin1 |= c > 0xFF;
        }
        if (!beyondLatin1) {
            return false;
        }
        return decodeStrictly(bytes, GB18030)
                .filter(TextEncodingDetector::hasHan)
                .isPresent();
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> UnicodeScript.of(c) == UnicodeScript.HAN);
    }

    private static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
