package cn.edu.ttms.infrastructure.document;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Drawing on the pages of one document, in points measured from the top left corner of the page (as a
 * layout is read), with the document's one font. Keeps a cursor: the top of what comes next, so that a
 * layout writes one block under the other and asks for a new page when a block does not fit.
 */
final class Sheet implements Closeable {

    static final Color INK = Color.BLACK;
    static final Color GREY = new Color(0x59, 0x59, 0x59);
    static final Color RULE = new Color(0x40, 0x40, 0x40);
    static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    static final Color RED = new Color(0xC0, 0x00, 0x00);

    /** 2 cm, the margin of Chinese official documents is 2.5-3.7 cm at the top; 2 cm keeps tables wide. */
    static final float MARGIN = mm(20);

    final PDDocument document;
    final Typeface.Loaded font;
    final PDRectangle size;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<Integer, Float> widths = new HashMap<>();
    private PDPageContentStream out;
    private Runnable continuation = () -> {};

    /** The top of the next block, from the top of the page. */
    float y;

    Sheet(PDDocument document, Typeface.Loaded font, PDRectangle size) {
        this.document = document;
        this.font = font;
        this.size = size;
    }

    static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return size.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    /** The lowest a block may reach; below is the page's footer. */
    float bottom() {
        return size.getHeight() - MARGIN - 14;
    }

    List<PDPage> pages() {
        return pages;
    }

    /** What every page after the first starts with (a running head), drawn by {@link #newPage}. */
    void continuation(Runnable head) {
        this.continuation = head;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        try {
            out = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = MARGIN;
        if (pages.size() > 1) {
            continuation.run();
        }
    }

    /** A new page unless {@code height} more points fit on this one. */
    void need(float height) {
        if (y + height > bottom()) {
            newPage();
        }
    }

    /** Draws on each page once all are laid out (page numbers need the count). */
    void afterwards(PageDecoration decoration) {
        closeStream();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream stream =
                    new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                out = stream;
                decoration.draw(i + 1, pages.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                out = null;
            }
        }
    }

    interface PageDecoration {
        void draw(int page, int pages);
    }

    float width(String text, float fontSize) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            total += widths.computeIfAbsent(c, this::glyphWidth);
            i += Character.charCount(c);
        }
        return total * fontSize / 1000f;
    }

    private float glyphWidth(int codePoint) {
        try {
            return font.pdf.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            return 1000;
        }
    }

    /**
     * The text broken into lines no wider than {@code maxWidth}: Chinese breaks between any two characters,
     * but a run of Latin letters and digits (a code, a date) is kept whole when it fits on a line, and no
     * line starts with closing punctuation.
     */
    List<String> wrap(String text, float fontSize, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : listItems(font.printable(text), fontSize, maxWidth)) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int end = tokenEnd(paragraph, i);
                String token = paragraph.substring(i, end);
                if (line.length() > 0 && width(line + token, fontSize) > maxWidth && !closing(token)) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    if (token.isBlank()) {
                        i = end;
                        continue;
                    }
                }
                if (line.length() == 0 && width(token, fontSize) > maxWidth) {
                    // a token longer than the line: break it by characters
                    for (int c : token.codePoints().toArray()) {
                        String one = new String(Character.toChars(c));
                        if (line.length() > 0 && width(line + one, fontSize) > maxWidth) {
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                        line.append(one);
                    }
                } else {
                    line.append(token);
                }
                i = end;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The paragraphs of a text: its lines, and the items of a list written "a · b" on lines of their own
     * when the list does not fit on one line, so that a cell never breaks inside an item.
     */
    private List<String> listItems(String text, float fontSize, float maxWidth) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.contains(LIST_SEPARATOR) && width(paragraph, fontSize) > maxWidth) {
                paragraphs.addAll(List.of(paragraph.split(java.util.regex.Pattern.quote(LIST_SEPARATOR))));
            } else {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** How the documents separate the items of a short list (专业知识 12 · 专业能力 6). */
    static final String LIST_SEPARATOR = " · ";

    private static int tokenEnd(String text, int start) {
        int c = text.codePointAt(start);
        int end = start + Character.charCount(c);
        if (latin(c)) {
            while (end < text.length() && latin(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
        }
        return end;
    }

    private static boolean latin(int c) {
        return c < 0x2000 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '/' || c == ':' || c == '_');
    }

    private static boolean closing(String token) {
        return token.length() == 1 && "，。、；：）》」』！？·,.;:)".indexOf(token.charAt(0)) >= 0;
    }

    /** Text whose baseline is {@code baseline} points from the top. */
    void text(String text, float x, float baseline, float fontSize, Color color) {
        text(text, x, baseline, fontSize, color, false);
    }

    /**
     * @param heavy drawn with a thin outline as well: the font has no bold face, and a title set in
     *     outline-thickened strokes reads like the heavy type of a printed document
     */
    void text(String text, float x, float baseline, float fontSize, Color color, boolean heavy) {
        String printable = font.printable(text);
        if (printable.isEmpty()) {
            return;
        }
        try {
            out.beginText();
            out.setFont(font.pdf, fontSize);
            out.setNonStrokingColor(color);
            if (heavy) {
                out.setStrokingColor(color);
                out.setLineWidth(fontSize / 30f);
                out.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            out.newLineAtOffset(x, size.getHeight() - baseline);
            out.showText(printable);
            out.endText();
            if (heavy) {
                out.setRenderingMode(RenderingMode.FILL);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void centred(String text, float centre, float baseline, float fontSize, Color color, boolean heavy) {
        text(text, centre - width(font.printable(text), fontSize) / 2, baseline, fontSize, color, heavy);
    }

    void rightAligned(String text, float right, float baseline, float fontSize, Color color) {
        text(text, right - width(font.printable(text), fontSize), baseline, fontSize, color, false);
    }

    /** Text spread over {@code width} with even gaps between its characters, as titles of certificates are. */
    void spaced(String text, float centre, float width, float baseline, float fontSize, Color color) {
        int[] chars = text.codePoints().toArray();
        if (chars.length < 2) {
            centred(text, centre, baseline, fontSize, color, true);
            return;
        }
        float inked = width(text, fontSize);
        float gap = (width - inked) / (chars.length - 1);
        float x = centre - width / 2;
        for (int c : chars) {
            String one = new String(Character.toChars(c));
            text(one, x, baseline, fontSize, color, true);
            x += width(one, fontSize) + gap;
        }
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Color color) {
        try {
            out.setStrokingColor(color);
            out.setLineWidth(lineWidth);
            out.moveTo(x1, size.getHeight() - y1);
            out.lineTo(x2, size.getHeight() - y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float x, float top, float w, float h, Color color) {
        try {
            out.setNonStrokingColor(color);
            out.addRect(x, size.getHeight() - top - h, w, h);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void frame(float x, float top, float w, float h, float lineWidth, Color color) {
        try {
            out.setStrokingColor(color);
            out.setLineWidth(lineWidth);
            out.addRect(x, size.getHeight() - top - h, w, h);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw stream, for drawings of their own (the QR code); positions in PDF space. */
    PDPageContentStream stream() {
        return out;
    }

    private void closeStream() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }

    @Override
    public void close() {
        closeStream();
    }
}
