package cn.edu.ttms.infrastructure.spreadsheet;

import java.util.List;

/**
 * What stands above a table's data rows: an optional title line, one or more header rows, and the
 * header cells that span several columns or rows — a bureau's plan, for instance, has 培训天数 over
 * 异地, 本地 and 合计 on a second header row, and every other header spanning both rows.
 *
 * @param title a line above the header rows, merged across the table's width; {@code null} for none
 * @param rows the header rows, top to bottom; {@code ""} is an empty cell (the rest of a span)
 * @param spans merged header cells, counted within the header rows (0 is the first header row, not
 *     the title)
 */
public record SheetHeading(String title, List<List<String>> rows, List<Span> spans) {

    public SheetHeading {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("A heading needs at least one header row");
        }
        rows = rows.stream().<List<String>>map(List::copyOf).toList();
        spans = List.copyOf(spans);
        for (Span span : spans) {
            if (span.lastRow() >= rows.size()) {
                throw new IllegalArgumentException("The span " + span + " leaves the " + rows.size() + " header rows");
            }
        }
    }

    /** One header row, no title, nothing merged: what {@link SpreadsheetWriter} writes by default. */
    public static SheetHeading of(List<String> header) {
        return new SheetHeading(null, List.of(header), List.of());
    }

    /** The columns the heading covers: those of its widest header row. */
    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The rows above the data: the title, if any, and the header rows. */
    public int height() {
        return (title == null ? 0 : 1) + rows.size();
    }

    /** The span starting at a header cell, if one does. */
    Span spanAt(int row, int column) {
        for (Span span : spans) {
            if (span.firstRow() == row && span.firstColumn() == column) {
                return span;
            }
        }
        return null;
    }

    /** A rectangle of merged header cells, 0-based and inclusive; more than one cell. */
    public record Span(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        public Span {
            if (firstRow < 0
                    || firstColumn < 0
                    || lastRow < firstRow
                    || lastColumn < firstColumn
                    || firstRow == lastRow && firstColumn == lastColumn) {
                throw new IllegalArgumentException("Not a span of several cells: rows " + firstRow + "–" + lastRow
                        + ", columns " + firstColumn + "–" + lastColumn);
            }
        }

        /** Across one row: columns {@code first} to {@code last}. */
        public static Span across(int row, int first, int last) {
            return new Span(row, row, first, last);
        }

        /** Down one column: rows {@code first} to {@code last}. */
        public static Span down(int column, int first, int last) {
            return new Span(first, last, column, column);
        }

        boolean isWide() {
            return lastColumn > firstColumn;
        }
    }
}
