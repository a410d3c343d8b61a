package cn.edu.ttms.infrastructure.spreadsheet;

import java.util.regex.Pattern;

/**
 * Keeps exported text from becoming a formula when a user saves the workbook as CSV and opens it
 * again (OWASP, "CSV Injection"): a text value that starts with {@code = + - @}, a tab or a carriage
 * return is written with a leading apostrophe. In the .xlsx itself a text cell is never a formula,
 * but the CSV that Excel saves from it is.
 *
 * <p>Numbers are not text: a negative number written as a {@link Number} stays a number cell, and a
 * text that is just a decimal number ({@code -5}, {@code +2.5}) is left alone, since Excel reads it
 * as that number, never as a formula.
 *
 * <p>Reversible, so that an export read back by {@link SpreadsheetReader} gives the original value:
 * one apostrophe is added before any run of apostrophes that is followed by a trigger character, and
 * {@link #restore} takes exactly one away again.
 */
public final class FormulaGuard {

    private static final Pattern GUARDED = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern RESTORED = Pattern.compile("''*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private FormulaGuard() {}

    /** The text as it is written into a cell. */
    public static String neutralise(String text) {
        if (text == null
                || text.isEmpty()
                || !GUARDED.matcher(text).matches()
                || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** The text of a cell as the exporter had it: one apostrophe of {@link #neutralise} removed. */
    static String restore(String text) {
        if (text == null
                || text.isEmpty()
                || text.charAt(0) != '\''
                || !RESTORED.matcher(text).matches()) {
            return text;
        }
        return text.substring(1);
    }
}
