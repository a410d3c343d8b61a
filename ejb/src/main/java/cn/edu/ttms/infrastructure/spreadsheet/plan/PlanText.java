package cn.edu.ttms.infrastructure.spreadsheet.plan;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repairs and readings a plan's cells need: words broken by stray spaces, project codes written
 * into names, several hosts in one cell, numbers typed with units or full-width digits.
 */
final class PlanText {

    /** A project code in brackets, ASCII or full-width: {@code (D309)}, {@code （E301）}. */
    private static final Pattern CODE = Pattern.compile("[(（]\\s*([A-Za-z]{1,2}\\s*[0-9]{2,4})\\s*[)）]");

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,4})?");

    private PlanText() {}

    /** A name and the code that was written into it, if any. */
    record CodedName(String name, String code) {}

    /**
     * The text with every run of spaces between two CJK characters removed ({@code 立 项} is {@code
     * 立项}), spaces next to Latin letters, digits or ASCII punctuation kept ({@code 年龄在 45 岁}, {@code
     * 培训班 (D311)}).
     */
    static String closeCjkGaps(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isSpace(c)) {
                out.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            while (end < text.length() && isSpace(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            boolean gap = out.length() > 0
                    && end < text.length()
                    && isCjk(out.codePointBefore(out.length()))
                    && isCjk(text.codePointAt(end));
            if (!gap) {
                out.append(text, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /** Han characters and CJK or full-width punctuation; not full-width digits or letters. */
    static boolean isCjk(int c) {
        UnicodeScript script = UnicodeScript.of(c);
        if (script == UnicodeScript.HAN) {
            return true;
        }
        UnicodeBlock block = UnicodeBlock.of(c);
        if (block == UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION) {
            return true;
        }
        return block == UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < 0xFF61 && !Character.isLetterOrDigit(c);
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Takes the bracketed codes out of a name: {@code 培训班(D309)} is {@code 培训班} and {@code D309}.
     * Answers every code found, upper-case, so that the caller can refuse two.
     */
    static List<String> codesIn(String name) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(name);
        while (m.find()) {
            codes.add(m.group(1).replaceAll("\\s", "").toUpperCase(Locale.ROOT));
        }
        return codes;
    }

    /** The name without its bracketed code, trimmed; for a name with exactly one code. */
    static CodedName withoutCode(String name) {
        Matcher m = CODE.matcher(name);
        if (!m.find()) {
            return new CodedName(name, null);
        }
        String code = m.group(1).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        String rest = (name.substring(0, m.start()) + name.substring(m.end())).strip();
        return new CodedName(rest, code);
    }

    /**
     * A positive whole number as bureaus type it: {@code 70}, {@code ７０}, {@code 2,600}, {@code 70人};
     * {@code null} for anything else, zero included.
     */
    static Integer count(String cell) {
        String text = squeeze(cell);
        if (text.endsWith("人")) {
            text = text.substring(0, text.length() - 1);
        }
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!WHOLE.matcher(text).matches()) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value > 0 ? value : null;
    }

    /**
     * A number of days, fractions allowed: {@code 6}, {@code 6.5}, {@code 2.5天}; else {@code null}.
     */
    static BigDecimal days(String cell) {
        String text = squeeze(cell);
        if (text.endsWith("天")) {
            text = text.substring(0, text.length() - 1);
        }
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** A sequence number: a positive whole number, optionally closed by a dot or 、; else null. */
    static Integer sequence(String cell) {
        String text = squeeze(cell);
        if (text.endsWith(".") || text.endsWith("、")) {
            text = text.substring(0, text.length() - 1);
        }
        if (!WHOLE.matcher(text).matches()) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value > 0 ? value : null;
    }

    /**
     * A header cell reduced to what identifies it: no spaces, full-width folded, without a trailing
     * bracketed hint ({@code 培训人数（人）} is {@code 培训人数}).
     */
    static String headerKey(String cell) {
        String text = squeeze(cell);
        int open = text.indexOf('(');
        if (open > 0 && text.endsWith(")")) {
            text = text.substring(0, open);
        }
        return text;
    }

    /** NFKC-folded (full-width digits and brackets to ASCII), every space removed. */
    static String squeeze(String cell) {
        String folded = Normalizer.normalize(cell, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !isSpace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
