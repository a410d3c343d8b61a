package cn.edu.ttms.infrastructure.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/** Certificates and keys the signature tests share; built once, as key generation is the slow part. */
final class TestPki {

    static final String CA_DN = "CN=TTMS 临沧市 签名根证书, O=临沧市教育局, C=CN";
    static final CertificateAuthority CA = CertificateAuthority.create(CA_DN, Duration.ofDays(3650));
    static final KeyPair SIGNER_KEYS = SigningKeys.generate();
    static final X509Certificate SIGNER = CA.issue(
            SIGNER_KEYS.getPublic(), "CN=张三, OU=项目负责人, O=临沧市教育局, C=CN", BigInteger.valueOf(4242), Duration.ofDays(730));
    static final byte[] SNAPSHOT = CanonicalJson.canonicalize(
            "{\"batch\":7,\"revision\":1,\"rows\":[{\"name\":\"李四\",\"credits\":\"25.90\"}]}");

    private TestPki() {}

    /** Another authority with the very same name, to prove that names alone are not trusted. */
    static CertificateAuthority impostor() {
        return CertificateAuthority.create(CA_DN, Duration.ofDays(3650));
    }

    static byte[] flipped(byte[] content, int index) {
        byte[] copy = content.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    static Instant secondsAgo(long seconds) {
        return Instant.now().minusSeconds(seconds).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A PKCS#12 file as a bureau's tools would produce it, written by the JDK's own keystore. */
    static byte[] pkcs12(String alias, PrivateKey key, char[] password, Certificate... chain) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            if (key != null) {
                store.setKeyEntry(alias, key, password, chain);
            } else {
                store.setCertificateEntry(alias, chain[0]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static CertificateAuthority importPkcs12(byte[] p12, char[] password) {
        return CertificateAuthority.fromPkcs12(new ByteArrayInputStream(p12), password);
    }

    /** A bureau CA on RSA 2048, as many existing ones are, built without {@link CertificateAuthority}. */
    static CertificateAuthority rsaAuthority(String dn) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = DistinguishedNames.parse(dn);
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.valueOf(99),
                    Date.from(now.minusSeconds(3600)),
                    Date.from(now.plus(Duration.ofDays(365))),
                    name,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate certificate =
                    Certificates.certificate(builder.build(SignatureAlgorithms.signer(keys.getPrivate())));
            return new CertificateAuthority(certificate, keys.getPrivate());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
