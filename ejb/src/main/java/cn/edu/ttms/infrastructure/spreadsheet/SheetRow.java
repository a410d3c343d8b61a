package cn.edu.ttms.infrastructure.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of an uploaded sheet, as the user sees it in Excel, so that an importer can say "row 12,
 * column 培训天数" and be understood.
 *
 * <p>{@link #number()} is 1-based and counts every row of the file, header rows and blank rows
 * included: it is the number in Excel's left margin (for CSV and TSV, the record number, which is
 * what Excel shows when it opens the file). {@link #cells()} holds the displayed text of each cell,
 * trimmed, with {@code ""} for an empty cell, never {@code null}. Trailing empty cells are dropped,
 * so that a row reads the same whatever width the file's author happened to format: read a column
 * with {@link #cell(int)}, which answers {@code ""} past the end.
 *
 * <p>A value that an export guarded against formulas ({@link FormulaGuard}) reads back as it was.
 *
 * <p>Trimming also removes the no-break space (U+00A0) and the ideographic space (U+3000): both
 * arrive from copy-and-paste out of web pages and Chinese input methods, and both are invisible.
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        if (number < 1) {
            throw new IllegalArgumentException("Row numbers start at 1, not " + number);
        }
        List<String> clean = new ArrayList<>(cells.size());
        for (String cell : cells) {
            clean.add(trim(FormulaGuard.restore(cell)));
        }
        int end = clean.size();
        while (end > 0 && clean.get(end - 1).isEmpty()) {
            end--;
        }
        cells = Collections.unmodifiableList(new ArrayList<>(clean.subList(0, end)));
    }

    /** The text of the column at the 0-based {@code index}; {@code ""} past the last cell. */
    public String cell(int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("Column index " + index);
        }
        return index < cells.size() ? cells.get(index) : "";
    }

    /** True when no cell has any text: the user sees an empty row. */
    public boolean isBlank() {
        return cells.isEmpty();
    }

    static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.charAt(start))) {
            start++;
        }
        while (end > start && isInvisible(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isInvisible(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
