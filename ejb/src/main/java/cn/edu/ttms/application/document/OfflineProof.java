package cn.edu.ttms.application.document;

import cn.edu.ttms.domain.model.shared.Decimals;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What the QR code carries besides the verification page's address, so that a document can be checked
 * with no connection to this system (issue 18, item 4): a signature by the deployment's authority over
 * the code, a digest of the holder and the totals. The message signed is
 * {@code TTMS-V1|<code>|<holder digest>|<hours>|<credits>}, the figures written plainly (18, 25.92).
 *
 * <p>The holder digest is the first four hexadecimal digits of SHA-256 over
 * {@code <code>|<identity number>|<name>}: whoever has the holder's identity card in front of them can
 * compute it, while 16 bits are far too few to recover an identity number from the QR code (tens of
 * millions of numbers fit the masked one shown on the paper).
 */
public final class OfflineProof {

    public static final String VERSION = "TTMS-V1";

    private OfflineProof() {}

    /** The message the authority signs. */
    public static String message(String code, String holderDigest, BigDecimal hours, BigDecimal credits) {
        return VERSION + "|" + code + "|" + holderDigest + "|" + plain(hours) + "|" + plain(credits);
    }

    /** The holder digest: four upper-case hexadecimal digits. */
    public static String holderDigest(String code, String identityNumber, String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((code + "|" + identityNumber + "|" + name).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 2).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The QR code's text: the verification page's address with the proof as query parameters, e.g.
     * {@code https://ttms.example/verify/CODE?h=3FA2&t=18_25.92&s=<base64url signature>}.
     */
    public static String payload(
            String verificationUrl, String holderDigest, BigDecimal hours, BigDecimal credits, byte[] signature) {
        return verificationUrl + "?h=" + holderDigest + "&t=" + plain(hours) + "_" + plain(credits) + "&s="
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    static String plain(BigDecimal value) {
        return Decimals.shown(value);
    }
}
