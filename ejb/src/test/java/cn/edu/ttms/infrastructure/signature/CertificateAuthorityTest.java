package cn.edu.ttms.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {

    private static final char[] PASSWORD = "bureau-p12".toCharArray();

    @Test
    void aCreatedRootIsASelfSignedCaWithUtf8Names() throws Exception {
        X509Certificate root = TestPki.CA.certificate();

        root.verify(root.getPublicKey());
        assertEquals(
                "CN=TTMS 临沧市 签名根证书,O=临沧市教育局,C=CN",
                root.getSubjectX500Principal().getName());
        assertEquals(root.getSubjectX500Principal(), root.getIssuerX500Principal());
        assertEquals(0, root.getBasicConstraints(), "a CA that issues end-entity certificates only");
        boolean[] usage = root.getKeyUsage();
        assertTrue(usage[5] && usage[6], "keyCertSign and cRLSign");
        assertFalse(usage[0]);
        assertTrue(root.getCriticalExtensionOIDs()
                .containsAll(Set.of(Extension.basicConstraints.getId(), Extension.keyUsage.getId())));
        assertNotNull(root.getExtensionValue(Extension.subjectKeyIdentifier.getId()));

        X500Name name = X500Name.getInstance(root.getSubjectX500Principal().getEncoded());
        assertEquals(BCStyle.C, name.getRDNs()[0].getFirst().getType(), "C first in the encoding (RFC 4514 order)");
        assertInstanceOf(
                DERPrintableString.class, name.getRDNs(BCStyle.C)[0].getFirst().getValue());
        assertInstanceOf(
                DERUTF8String.class, name.getRDNs(BCStyle.CN)[0].getFirst().getValue());
        assertInstanceOf(
                DERUTF8String.class, name.getRDNs(BCStyle.O)[0].getFirst().getValue());
    }

    @Test
    void anIssuedCertificateChainsToTheRootAndIsForDocumentSigningOnly() throws Exception {
        X509Certificate root = TestPki.CA.certificate();
        X509Certificate signer = TestPki.SIGNER;

        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(signer));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(path, parameters);

        assertEquals(root.getSubjectX500Principal(), signer.getIssuerX500Principal());
        assertEquals(
                "CN=张三,OU=项目负责人,O=临沧市教育局,C=CN", signer.getSubjectX500Principal().getName());
        assertEquals(BigInteger.valueOf(4242), signer.getSerialNumber());
        assertEquals(-1, signer.getBasicConstraints());
        boolean[] usage = signer.getKeyUsage();
        assertTrue(usage[0] && usage[1], "digitalSignature and nonRepudiation");
        for (int i = 2; i < usage.length; i++) {
            assertFalse(usage[i], "key usage bit " + i);
        }
        assertNull(signer.getExtendedKeyUsage(), "no EKU, which openssl cms -verify would check");
        byte[] aki = AuthorityKeyIdentifier.getInstance(
                        ASN1OctetString.getInstance(signer.getExtensionValue(Extension.authorityKeyIdentifier.getId()))
                                .getOctets())
                .getKeyIdentifierOctets();
        byte[] rootSki = SubjectKeyIdentifier.getInstance(
                        ASN1OctetString.getInstance(root.getExtensionValue(Extension.subjectKeyIdentifier.getId()))
                                .getOctets())
                .getKeyIdentifier();
        assertArrayEquals(rootSki, aki);
        assertNotNull(signer.getExtensionValue(Extension.subjectKeyIdentifier.getId()));

        Instant notBefore = signer.getNotBefore().toInstant();
        Instant expected = Instant.now().minus(CertificateAuthority.CLOCK_SKEW);
        assertTrue(Duration.between(notBefore, expected).abs().getSeconds() < 60, "valid from five minutes ago");
        assertTrue(signer.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(729))));
    }

    @Test
    void aCertificateNeverOutlivesItsAuthority() {
        CertificateAuthority shortLived = CertificateAuthority.create("CN=Short, C=CN", Duration.ofDays(10));
        X509Certificate issued =
                shortLived.issue(SigningKeys.generate().getPublic(), "CN=Long", BigInteger.TEN, Duration.ofDays(1000));

        assertEquals(shortLived.certificate().getNotAfter(), issued.getNotAfter());
    }

    @Test
    void serialsMustBePositive() {
        KeyPair keys = SigningKeys.generate();

        assertThrows(
                IllegalArgumentException.class,
                () -> TestPki.CA.issue(keys.getPublic(), "CN=x", BigInteger.ZERO, Duration.ofDays(1)));
    }

    @Test
    void aBureauCaImportedFromPkcs12IssuesCertificatesThatChainToIt() throws Exception {
        CertificateAuthority original =
                CertificateAuthority.create("CN=临沧市教育局 CA, O=临沧市教育局, C=CN", Duration.ofDays(365));
        byte[] p12 = TestPki.pkcs12("ca", original.privateKey(), PASSWORD, original.certificate());

        CertificateAuthority imported = TestPki.importPkcs12(p12, PASSWORD);

        assertEquals(original.certificate(), imported.certificate());
        assertArrayEquals(
                original.privateKey().getEncoded(), imported.privateKey().getEncoded());
        X509Certificate issued =
                imported.issue(SigningKeys.generate().getPublic(), "CN=王五", BigInteger.TWO, Duration.ofDays(30));
        issued.verify(original.certificate().getPublicKey());
        assertTrue(imported.toString().contains("临沧市教育局 CA"));
    }

    @Test
    void anRsaBureauCaCanBeImportedAndIssueCertificates() throws Exception {
        CertificateAuthority rsa = TestPki.rsaAuthority("CN=RSA 根证书, O=某市教育局, C=CN");
        byte[] p12 = TestPki.pkcs12("rsa", rsa.privateKey(), PASSWORD, rsa.certificate());

        CertificateAuthority imported = TestPki.importPkcs12(p12, PASSWORD);
        X509Certificate issued =
                imported.issue(SigningKeys.generate().getPublic(), "CN=赵六", BigInteger.ONE, Duration.ofDays(30));

        issued.verify(rsa.certificate().getPublicKey());
        assertEquals("SHA256WITHRSA", issued.getSigAlgName().toUpperCase());
        assertNull(
                AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(
                                        issued.getExtensionValue(Extension.authorityKeyIdentifier.getId()))
                                .getOctets())
                        .getAuthorityCertIssuer(),
                "key identifier only");
    }

    @Test
    void aPkcs12WithAnEndEntityCertificateIsNotACa() {
        byte[] p12 = TestPki.pkcs12(
                "signer", TestPki.SIGNER_KEYS.getPrivate(), PASSWORD, TestPki.SIGNER, TestPki.CA.certificate());

        NotACertificateAuthority refused =
                assertThrows(NotACertificateAuthority.class, () -> TestPki.importPkcs12(p12, PASSWORD));
        assertEquals("error.signing.notACa", refused.messageKey());
        assertTrue(refused.getMessage().contains("is not a CA"), refused.getMessage());
    }

    @Test
    void aPkcs12WithoutPrivateKeyIsNotACa() {
        byte[] p12 = TestPki.pkcs12("trusted", null, PASSWORD, TestPki.CA.certificate());

        NotACertificateAuthority refused =
                assertThrows(NotACertificateAuthority.class, () -> TestPki.importPkcs12(p12, PASSWORD));
        assertEquals("error.signing.notACa", refused.messageKey());
        assertTrue(refused.getMessage().contains("no private key"), refused.getMessage());
    }

    @Test
    void aPkcs12WhoseKeyIsNotTheCertificatesIsNotACa() {
        byte[] p12 = TestPki.pkcs12("mixed", SigningKeys.generate().getPrivate(), PASSWORD, TestPki.CA.certificate());

        NotACertificateAuthority refused =
                assertThrows(NotACertificateAuthority.class, () -> TestPki.importPkcs12(p12, PASSWORD));
        assertTrue(refused.getMessage().contains("does not belong"), refused.getMessage());
    }

    @Test
    void aWrongPkcs12PasswordOrGarbageIsUnreadable() {
        byte[] p12 = TestPki.pkcs12("ca", TestPki.CA.privateKey(), PASSWORD, TestPki.CA.certificate());

        UnreadablePkcs12 wrong =
                assertThrows(UnreadablePkcs12.class, () -> TestPki.importPkcs12(p12, "wrong".toCharArray()));
        assertEquals("error.signing.unreadablePkcs12", wrong.messageKey());
        assertThrows(UnreadablePkcs12.class, () -> TestPki.importPkcs12(TestPki.utf8("not a p12"), PASSWORD));
    }
}
