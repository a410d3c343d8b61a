package cn.edu.ttms.interfaces.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The attendance QR code: the page a trainee opens by scanning it, {@code …/app/attend.xhtml?t=<token>},
 * as a PNG large enough to scan from the back of a classroom off a projector.
 */
public final class QrCodes {

    /** Pixels per side of the PNG. */
    static final int SIZE = 480;

    private QrCodes() {}

    /** The page of the sign-in, under the application's base URL ({@code scheme://host:port/context/}). */
    public static String attendUrl(String base, String token) {
        return (base.endsWith("/") ? base : base + "/") + "app/attend.xhtml?t=" + token;
    }

    /** A QR code of {@code text} as a PNG. */
    public static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            SIZE,
                            SIZE,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    2,
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
