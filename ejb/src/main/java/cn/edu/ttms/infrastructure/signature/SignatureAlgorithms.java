package cn.edu.ttms.infrastructure.signature;

import java.security.PrivateKey;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Which signature algorithm goes with a key. The system's own keys are EC, but an imported bureau CA
 * may well be RSA, so issuing certificates must follow the CA's key rather than assume one algorithm.
 */
final class SignatureAlgorithms {

    private SignatureAlgorithms() {}

    /**
     * The SHA-256 signature algorithm for the key's type.
     *
     * @throws IllegalArgumentException for a key type this package does not sign with
     */
    static String sha256With(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default ->
                throw new IllegalArgumentException(
                        "unsupported key algorithm " + key.getAlgorithm() + " (only EC and RSA keys can sign)");
        };
    }

    /** A BouncyCastle content signer over SHA-256 for {@code key}. */
    static ContentSigner signer(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(sha256With(key))
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with this " + key.getAlgorithm() + " key", e);
        }
    }
}
