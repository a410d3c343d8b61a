package cn.edu.ttms.infrastructure.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The QR code of a document, drawn as vector squares: crisp at any zoom and on any printer, where an
 * image would be resampled. Error correction M (15%) survives a fold or a stain on a printed copy while
 * keeping the modules of a long payload (URL and offline signature) large enough for a phone.
 */
final class QrCode {

    /** Four modules of white around the code, as ISO/IEC 18004 requires for reliable scanning. */
    private static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    QrCode(String payload) {
        try {
            modules = new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name(),
                                    EncodeHintType.MARGIN,
                                    0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the QR payload does not fit in a QR code", e);
        }
    }

    /**
     * Draws the code with its top left corner at ({@code x}, {@code top}) from the page's top left,
     * {@code side} points wide including the quiet zone. Dark modules of a row are merged into one
     * rectangle, which keeps the content stream small.
     */
    void draw(Sheet sheet, float x, float top, float side) {
        int count = modules.getWidth();
        float module = side / (count + 2 * QUIET_ZONE);
        float pageHeight = sheet.size.getHeight();
        PDPageContentStream out = sheet.stream();
        try {
            out.setNonStrokingColor(Color.WHITE);
            out.addRect(x, pageHeight - top - side, side, side);
            out.fill();
            out.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < count; row++) {
                int column = 0;
                while (column < count) {
                    if (!modules.get(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < count && modules.get(column, row)) {
                        column++;
                    }
                    float left = x + (QUIET_ZONE + start) * module;
                    float rowTop = top + (QUIET_ZONE + row) * module;
                    // a hair of overlap so that no white seam shows between rows at some zoom levels
                    out.addRect(left, pageHeight - rowTop - module - 0.02f, (column - start) * module, module + 0.04f);
                }
            }
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
