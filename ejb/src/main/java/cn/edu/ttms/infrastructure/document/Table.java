package cn.edu.ttms.infrastructure.document;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table written row by row at the sheet's cursor. Cells wrap; a row that does not fit on the
 * page goes to the next one, where the heading row is repeated, so that a long list of results reads
 * as one table over several pages.
 */
final class Table {

    enum Align {
        LEFT,
        CENTRE,
        RIGHT
    }

    /**
     * @param share the column's part of the width, in proportion to the other columns' shares
     * @param shaded a column of labels (姓名, 学校) in a form without heading row
     */
    record Column(String heading, float share, Align align, boolean shaded) {

        Column(String heading, float share, Align align) {
            this(heading, share, align, false);
        }
    }

    private static final float PADDING = 3f;
    private static final float LINE = 0.5f;

    private final Sheet sheet;
    private final List<Column> columns;
    private final float[] widths;
    private final float fontSize;
    private final float leading;
    private final boolean heading;

    /**
     * @param heading whether the table has a heading row (repeated on each page)
     */
    Table(Sheet sheet, List<Column> columns, float fontSize, boolean heading) {
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.fontSize = fontSize;
        this.leading = fontSize * 1.35f;
        this.heading = heading;
        float shares = 0;
        for (Column column : columns) {
            shares += column.share();
        }
        widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = sheet.width() * columns.get(i).share() / shares;
        }
    }

    /** The heading row; call once, before the first row. */
    Table begin() {
        if (heading) {
            List<List<String>> cells = headings();
            // a heading alone at the foot of a page is no use: keep room for one row under it
            sheet.need(height(cells) + leading + 2 * PADDING);
            drawHeading(cells);
        }
        return this;
    }

    private void continueOnNewPage() {
        sheet.newPage();
        if (heading) {
            drawHeading(headings());
        }
    }

    private List<List<String>> headings() {
        return wrapped(columns.stream().map(Column::heading).toArray(String[]::new));
    }

    private void drawHeading(List<List<String>> cells) {
        float height = height(cells);
        sheet.fill(sheet.left(), sheet.y, sheet.width(), height, Sheet.SHADE);
        draw(cells, height, true, Sheet.INK);
    }

    /** One row of cells, as many as there are columns. */
    void row(String... cells) {
        row(Sheet.INK, cells);
    }

    void row(Color color, String... cells) {
        List<List<String>> lines = wrapped(cells);
        float height = height(lines);
        if (sheet.y + height > sheet.bottom()) {
            continueOnNewPage();
        }
        draw(lines, height, false, color);
    }

    /** A row over the whole width, shaded: the heading of a group of rows. */
    void band(String text, Color color) {
        List<String> lines = sheet.wrap(text, fontSize, sheet.width() - 2 * PADDING);
        float height = lines.size() * leading + 2 * PADDING;
        // a group heading alone at the foot of a page is no use either
        if (sheet.y + height + leading + 2 * PADDING > sheet.bottom()) {
            continueOnNewPage();
        }
        sheet.fill(sheet.left(), sheet.y, sheet.width(), height, new Color(0xF6, 0xF6, 0xF6));
        sheet.frame(sheet.left(), sheet.y, sheet.width(), height, LINE, Sheet.RULE);
        float baseline = sheet.y + PADDING + fontSize;
        for (String line : lines) {
            sheet.text(line, sheet.left() + PADDING, baseline, fontSize, color, true);
            baseline += leading;
        }
        sheet.y += height;
    }

    private List<List<String>> wrapped(String[] cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            lines.add(sheet.wrap(cells[i] == null ? "" : cells[i], fontSize, widths[i] - 2 * PADDING));
        }
        return lines;
    }

    private float height(List<List<String>> cells) {
        int most = 1;
        for (List<String> lines : cells) {
            most = Math.max(most, lines.size());
        }
        return most * leading + 2 * PADDING - (leading - fontSize * 1.2f);
    }

    private void draw(List<List<String>> cells, float height, boolean heavy, Color color) {
        float x = sheet.left();
        float top = sheet.y;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = cells.get(i);
            float w = widths[i];
            if (!heavy && columns.get(i).shaded()) {
                sheet.fill(x, top, w, height, Sheet.SHADE);
            }
            sheet.frame(x, top, w, height, LINE, Sheet.RULE);
            // vertically centred, as in printed forms
            float block = (lines.size() - 1) * leading + fontSize;
            float baseline = top + (height - block) / 2 + fontSize * 0.88f;
            Align align = heavy ? Align.CENTRE : columns.get(i).align();
            for (String line : lines) {
                switch (align) {
                    case LEFT -> sheet.text(line, x + PADDING, baseline, fontSize, color, heavy);
                    case CENTRE -> sheet.centred(line, x + w / 2, baseline, fontSize, color, heavy);
                    case RIGHT -> sheet.rightAligned(line, x + w - PADDING, baseline, fontSize, color);
                }
                baseline += leading;
            }
            x += w;
        }
        sheet.y = top + height;
    }
}
