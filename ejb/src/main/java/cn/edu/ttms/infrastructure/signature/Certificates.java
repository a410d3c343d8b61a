package cn.edu.ttms.infrastructure.signature;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * Moves certificates between the forms the system stores (DER in the database), exports (PEM, for
 * {@code openssl -CAfile}) and computes with ({@link X509Certificate}), so that no other class deals
 * with checked encoding exceptions or with which provider parses them.
 */
public final class Certificates {

    private static final JcaX509CertificateConverter CONVERTER =
            new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);

    private Certificates() {}

    /** The certificate's DER encoding, as stored. */
    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the certificate cannot be encoded", e);
        }
    }

    /**
     * The certificate a DER encoding holds.
     *
     * @throws IllegalArgumentException when the bytes are not one DER certificate
     */
    public static X509Certificate certificate(byte[] der) {
        try {
            return CONVERTER.getCertificate(new X509CertificateHolder(der));
        } catch (IOException | CertificateException | RuntimeException e) {
            throw new IllegalArgumentException("not a DER-encoded X.509 certificate", e);
        }
    }

    /** The certificate as a PEM block ({@code -----BEGIN CERTIFICATE-----}), ending with a newline. */
    public static String pem(X509Certificate certificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A certificate from its BC holder, for the classes of this package that build certificates. */
    static X509Certificate certificate(X509CertificateHolder holder) {
        try {
            return CONVERTER.getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalStateException("the certificate cannot be converted", e);
        }
    }
}
