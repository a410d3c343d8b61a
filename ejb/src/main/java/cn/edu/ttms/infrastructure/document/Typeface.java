package cn.edu.ttms.infrastructure.document;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese font of the documents, WenQuanYi Micro Hei, shipped in the product (fonts/NOTICE.txt) so
 * that a document looks the same on every server, and embedded as a subset so that it prints the same on
 * every reader's machine and its text stays selectable and searchable.
 *
 * <p>The 5 MB collection is read from the class path once. A parsed font reads its tables lazily through
 * one cursor, so it is not safe to use from two threads, while documents are made concurrently: each
 * document borrows a parsed font from a small pool and gives it back once saved, so that a warm server
 * neither copies nor parses 5 MB per document. The PDF font object itself belongs to one document and is
 * made for each.
 */
final class Typeface {

    static final String FAMILY = "WenQuanYi Micro Hei";

    /** The face's PostScript name, which the collection is searched by (not the Mono face). */
    private static final String POSTSCRIPT_NAME = "WenQuanYiMicroHei";

    private static final String RESOURCE = "/cn/edu/ttms/document/fonts/wqy-microhei.ttc";

    private static final byte[] COLLECTION = read();

    /** More parsed fonts than threads printing at once would only hold memory (5 MB each). */
    private static final int POOLED = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final Queue<Parsed> POOL = new ConcurrentLinkedQueue<>();

    private Typeface() {}

    /** The font for one document; close it once the document is saved (the subset is made on saving). */
    static Loaded load(PDDocument document) {
        Parsed parsed = POOL.poll();
        if (parsed == null) {
            parsed = parse();
        }
        try {
            return new Loaded(parsed, PDType0Font.load(document, parsed.font(), true));
        } catch (IOException e) {
            parsed.close();
            throw new UncheckedIOException("cannot load the font " + FAMILY, e);
        }
    }

    private static Parsed parse() {
        TrueTypeCollection collection = null;
        try {
            collection = new TrueTypeCollection(new ByteArrayInputStream(COLLECTION));
            TrueTypeFont font = collection.getFontByName(POSTSCRIPT_NAME);
            if (font == null) {
                throw new IllegalStateException(RESOURCE + " holds no face named " + FAMILY);
            }
            return new Parsed(collection, font, font.getUnicodeCmapLookup());
        } catch (IOException e) {
            close(collection);
            throw new UncheckedIOException("cannot load the font " + FAMILY, e);
        }
    }

    /** A parsed face and the collection whose data it reads. */
    private record Parsed(TrueTypeCollection collection, TrueTypeFont font, CmapLookup characters) {

        void close() {
            Typeface.close(collection);
        }
    }

    /** A document's font; closing it gives the parsed face back to the pool. */
    static final class Loaded implements Closeable {

        private final Parsed parsed;
        final PDType0Font pdf;

        private Loaded(Parsed parsed, PDType0Font pdf) {
            this.parsed = parsed;
            this.pdf = pdf;
        }

        /**
         * The text with every character the font cannot draw replaced by 〓 (the mark Chinese typesetting
         * uses for a missing character), so that a rare character in a name never stops a document.
         */
        String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (c == '\n' || parsed.characters().getGlyphId(c) != 0) {
                    out.appendCodePoint(c);
                } else if (!Character.isISOControl(c)) {
                    out.append('〓');
                }
            });
            return out.toString();
        }

        @Override
        public void close() {
            if (POOL.size() < POOLED) {
                POOL.offer(parsed);
            } else {
                parsed.close();
            }
        }
    }

    private static void close(TrueTypeCollection collection) {
        if (collection != null) {
            try {
                collection.close();
            } catch (IOException e) {
                // an in-memory buffer: nothing to release
            }
        }
    }

    private static byte[] read() {
        try (InputStream in = Typeface.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the font " + RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + RESOURCE, e);
        }
    }
}
