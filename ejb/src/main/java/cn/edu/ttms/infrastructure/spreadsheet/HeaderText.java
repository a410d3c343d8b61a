package cn.edu.ttms.infrastructure.spreadsheet;

import java.util.Locale;

/**
 * How a header cell is compared with the names a column answers to, the same for every import:
 * whitespace anywhere, a required-field star and a trailing bracketed hint
 * ({@code 参加工作时间（yyyy-MM-dd）}) are ignored, English case too.
 */
public final class HeaderText {

    private HeaderText() {}

    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '*' && c != '＊') {
                out.append(c);
            }
        }
        String squeezed = out.toString();
        int bracket = firstBracket(squeezed);
        if (bracket > 0 && (squeezed.endsWith(")") || squeezed.endsWith("）"))) {
            squeezed = squeezed.substring(0, bracket);
        }
        return squeezed.toLowerCase(Locale.ROOT);
    }

    private static int firstBracket(String text) {
        int ascii = text.indexOf('(');
        int wide = text.indexOf('（');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }
}
