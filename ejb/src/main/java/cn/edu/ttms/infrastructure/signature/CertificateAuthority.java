package cn.edu.ttms.infrastructure.signature;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The authority that vouches for the signers of one deployment: its certificate, which verifiers are
 * given as trust anchor ({@code openssl -CAfile}), and its private key, which issues the signers'
 * certificates. Either created by the system on first start or a bureau's existing CA imported from
 * PKCS#12.
 *
 * <p>Certificates are issued for document signing only: key usage digitalSignature and nonRepudiation,
 * and deliberately no extended key usage, which {@code openssl cms -verify} would otherwise check
 * against the S/MIME purpose and refuse.
 */
public record CertificateAuthority(X509Certificate certificate, PrivateKey privateKey) {

    /** Clocks of the server and of a verifier's machine are never quite equal. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    public CertificateAuthority {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /**
     * A new self-signed root on an EC P-256 key, allowed to issue end-entity certificates only (path
     * length 0).
     *
     * @param subjectDn e.g. {@code CN=TTMS 临沧市 签名根证书, O=临沧市教育局, C=CN}; CN and O are encoded as
     *     UTF8String
     */
    public static CertificateAuthority create(String subjectDn, Duration validity) {
        KeyPair keys = SigningKeys.generate();
        X500Name name = DistinguishedNames.parse(subjectDn);
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                new BigInteger(127, RANDOM).setBit(126),
                Date.from(now.minus(CLOCK_SKEW)),
                Date.from(now.plus(validity)),
                name,
                keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier,
                    false,
                    extensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot add the CA extensions", e);
        }
        X509Certificate certificate =
                Certificates.certificate(builder.build(SignatureAlgorithms.signer(keys.getPrivate())));
        return new CertificateAuthority(certificate, keys.getPrivate());
    }

    /**
     * A document-signing certificate for {@code key}. It is valid from five minutes ago (clock skew)
     * for {@code validity}, but never beyond this authority's own certificate, since a verifier would
     * reject it from then on anyway.
     *
     * @param serial positive and unique within this authority (RFC 5280 §4.1.2.2)
     */
    public X509Certificate issue(PublicKey key, String subjectDn, BigInteger serial, Duration validity) {
        if (serial.signum() <= 0) {
            throw new IllegalArgumentException("a certificate serial number must be positive");
        }
        Instant now = Instant.now();
        Instant notAfter = now.plus(validity);
        Instant caNotAfter = certificate.getNotAfter().toInstant();
        if (notAfter.isAfter(caNotAfter)) {
            notAfter = caNotAfter;
        }
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                certificate,
                serial,
                Date.from(now.minus(CLOCK_SKEW)),
                Date.from(notAfter),
                DistinguishedNames.parse(subjectDn),
                key);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier());
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, extensionUtils().createSubjectKeyIdentifier(key));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot add the certificate extensions", e);
        }
        return Certificates.certificate(builder.build(SignatureAlgorithms.signer(privateKey)));
    }

    /**
     * A bureau's existing CA from its PKCS#12 file: the first entry holding a private key whose
     * certificate may issue certificates (basic constraints CA, and keyCertSign if key usage is
     * present), and whose public key matches that private key.
     *
     * @throws UnreadablePkcs12 when the password is wrong or the file is not PKCS#12
     * @throws NotACertificateAuthority when no entry qualifies
     */
    public static CertificateAuthority fromPkcs12(InputStream p12, char[] password) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            store.load(p12, password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new UnreadablePkcs12(e);
        }
        String reason = "the file holds no private key";
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Certificate entry = store.getCertificate(alias);
                if (!(store.getKey(alias, password) instanceof PrivateKey key)
                        || !(entry instanceof X509Certificate certificate)) {
                    continue;
                }
                if (certificate.getBasicConstraints() < 0) {
                    reason = "the certificate " + certificate.getSubjectX500Principal() + " is not a CA";
                } else if (certificate.getKeyUsage() != null && !certificate.getKeyUsage()[5]) {
                    reason = "the certificate " + certificate.getSubjectX500Principal() + " may not sign certificates";
                } else if (!matches(key, certificate.getPublicKey())) {
                    reason = "the private key does not belong to " + certificate.getSubjectX500Principal();
                } else {
                    return new CertificateAuthority(certificate, key);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new UnreadablePkcs12(e);
        }
        throw new NotACertificateAuthority(reason);
    }

    /** Signs a probe and checks it with the certificate's key: a mismatch would issue unverifiable certificates. */
    private static boolean matches(PrivateKey key, PublicKey publicKey) {
        try {
            String algorithm = SignatureAlgorithms.sha256With(key);
            byte[] probe = "TTMS key probe".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm, BouncyCastle.PROVIDER);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm, BouncyCastle.PROVIDER);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The issued certificates' AKI: the CA's own SKI when it has one (an imported CA may compute it
     * otherwise than RFC 5280 method 1), else the SHA-1 of its key.
     */
    private AuthorityKeyIdentifier authorityKeyIdentifier() {
        byte[] ski = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (ski != null) {
            byte[] keyId = SubjectKeyIdentifier.getInstance(
                            ASN1OctetString.getInstance(ski).getOctets())
                    .getKeyIdentifier();
            return new AuthorityKeyIdentifier(keyId);
        }
        return extensionUtils().createAuthorityKeyIdentifier(certificate.getPublicKey());
    }

    /** Key identifiers hash with SHA-1 (RFC 5280 §4.2.1.2); a fresh calculator each time, as it is stateful. */
    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils(new JcaDigestCalculatorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build()
                    .get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("SHA-1 is missing from BouncyCastle", e);
        }
    }

    /** Never the key: this record may end up in a log line. */
    /**
     * The authority's certificate revocation list (RFC 5280 §5): every revoked certificate it issued, by
     * serial number and date, signed with the authority's key.
     *
     * @param revoked serial numbers (hexadecimal, as stored) and when each was revoked
     * @param number the CRL number: increases with every list issued
     */
    public byte[] crl(
            java.util.Map<BigInteger, Instant> revoked, BigInteger number, Instant thisUpdate, Instant nextUpdate) {
        org.bouncycastle.cert.X509v2CRLBuilder builder = new org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder(
                certificate.getSubjectX500Principal(), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        for (java.util.Map.Entry<BigInteger, Instant> e : revoked.entrySet()) {
            builder.addCRLEntry(e.getKey(), Date.from(e.getValue()), org.bouncycastle.asn1.x509.CRLReason.unspecified);
        }
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier());
            builder.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(number));
            return builder.build(SignatureAlgorithms.signer(privateKey)).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot build the revocation list", e);
        }
    }

    /**
     * A plain signature (SHA-256, DER-encoded ECDSA or PKCS#1 RSA) of {@code message} with the authority's
     * key: what {@code openssl dgst -sha256 -verify} checks with the authority's public key alone.
     */
    public byte[] signRaw(byte[] message) {
        try {
            java.security.Signature signature = java.security.Signature.getInstance(
                    SignatureAlgorithms.sha256With(privateKey), BouncyCastle.PROVIDER);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the authority's key", e);
        }
    }

    @Override
    public String toString() {
        return "CertificateAuthority[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
