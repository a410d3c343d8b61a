package cn.edu.ttms.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.esf.CommitmentTypeIndication;
import org.bouncycastle.asn1.esf.CommitmentTypeQualifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CmsSignaturesTest {

    private static final List<X509Certificate> CHAIN = List.of(TestPki.CA.certificate());
    private static LocalTimeStampAuthority tsa;

    @BeforeAll
    static void startTsa() throws Exception {
        tsa = new LocalTimeStampAuthority();
    }

    @AfterAll
    static void stopTsa() {
        tsa.close();
    }

    private static byte[] sign(byte[] content, Instant at, SignatureMeaning meaning) {
        return CmsSignatures.sign(content, TestPki.SIGNER_KEYS.getPrivate(), TestPki.SIGNER, CHAIN, at, meaning);
    }

    @Test
    void aSignatureVerifiesWithItsMeaningAndTheGivenTime() {
        Instant at = TestPki.secondsAgo(90);

        SignatureCheck check = CmsSignatures.verify(
                TestPki.SNAPSHOT, sign(TestPki.SNAPSHOT, at, SignatureMeaning.CONFIRM), TestPki.CA.certificate());

        assertTrue(check.valid(), check.problem());
        assertNull(check.problem());
        assertEquals(SignatureMeaning.CONFIRM, check.meaning());
        assertEquals("确认", check.meaning().words());
        assertEquals(at, check.signingTime(), "the time given, not the time of signing");
        assertEquals("CN=张三,OU=项目负责人,O=临沧市教育局,C=CN", check.signerSubject());
        assertEquals(BigInteger.valueOf(4242), check.signerSerial());
        assertNull(check.timeStamp());
    }

    @Test
    void theSigningTimeIsKeptToTheSecond() {
        Instant whole = TestPki.secondsAgo(30);
        Instant at = whole.plusMillis(123);

        SignatureCheck check = CmsSignatures.verify(
                TestPki.SNAPSHOT, sign(TestPki.SNAPSHOT, at, SignatureMeaning.CONFIRM), TestPki.CA.certificate());

        assertEquals(whole, check.signingTime());
    }

    @ParameterizedTest
    @EnumSource(SignatureMeaning.class)
    void theWordsAndCommitmentTypeAreSignedAttributes(SignatureMeaning meaning) throws Exception {
        byte[] cms = sign(TestPki.SNAPSHOT, TestPki.secondsAgo(5), meaning);

        SignerInformation signer =
                new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        AttributeTable signed = signer.getSignedAttributes();
        Attribute attribute = signed.get(PKCSObjectIdentifiers.id_aa_ets_commitmentType);
        assertNotNull(attribute);
        CommitmentTypeIndication indication =
                CommitmentTypeIndication.getInstance(attribute.getAttrValues().getObjectAt(0));
        assertEquals(
                meaning.commitmentTypeOid(), indication.getCommitmentTypeId().getId());
        CommitmentTypeQualifier qualifier = CommitmentTypeQualifier.getInstance(
                indication.getCommitmentTypeQualifier().getObjectAt(0));
        assertEquals(new DERUTF8String(meaning.words()), qualifier.getQualifier());
        assertNotNull(signed.get(CMSAttributes.signingTime));
        assertNotNull(signed.get(CMSAttributes.contentType));
        assertNotNull(signed.get(CMSAttributes.messageDigest));
        assertEquals(
                meaning,
                CmsSignatures.verify(TestPki.SNAPSHOT, cms, TestPki.CA.certificate())
                        .meaning());
    }

    @Test
    void theSignatureIsDetachedDerCarryingSignerAndChain() throws Exception {
        byte[] cms = sign(TestPki.SNAPSHOT, TestPki.secondsAgo(5), SignatureMeaning.APPROVE);

        CMSSignedData data = new CMSSignedData(cms);
        assertNull(data.getSignedContent(), "detached");
        assertEquals(2, data.getCertificates().getMatches(null).size());
        assertArrayEquals(cms, ASN1Primitive.fromByteArray(cms).getEncoded(ASN1Encoding.DER), "DER");
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        assertEquals("2.16.840.1.101.3.4.2.1", signer.getDigestAlgOID(), "SHA-256");
        assertEquals("1.2.840.10045.4.3.2", signer.getEncryptionAlgOID(), "ecdsa-with-SHA256");
    }

    @Test
    void oneFlippedByteOfContentIsInvalid() {
        byte[] cms = sign(TestPki.SNAPSHOT, TestPki.secondsAgo(5), SignatureMeaning.CONFIRM);

        SignatureCheck check =
                CmsSignatures.verify(TestPki.flipped(TestPki.SNAPSHOT, 20), cms, TestPki.CA.certificate());

        assertFalse(check.valid());
        assertEquals("content does not match the signature", check.problem());
        assertEquals(BigInteger.valueOf(4242), check.signerSerial(), "still says who claims to have signed");
        assertEquals(SignatureMeaning.CONFIRM, check.meaning());
    }

    @Test
    void aCertificateFromAnotherAuthorityWithTheSameNameIsInvalid() {
        CertificateAuthority impostor = TestPki.impostor();
        KeyPair keys = SigningKeys.generate();
        X509Certificate forged = impostor.issue(
                keys.getPublic(), "CN=张三, OU=项目负责人, O=临沧市教育局, C=CN", BigInteger.valueOf(4242), Duration.ofDays(30));
        byte[] cms = CmsSignatures.sign(
                TestPki.SNAPSHOT,
                keys.getPrivate(),
                forged,
                List.of(impostor.certificate()),
                TestPki.secondsAgo(5),
                SignatureMeaning.CONFIRM);

        SignatureCheck check = CmsSignatures.verify(TestPki.SNAPSHOT, cms, TestPki.CA.certificate());

        assertFalse(check.valid());
        assertEquals("the signer's certificate was not issued by the trusted authority", check.problem());
        assertTrue(CmsSignatures.verify(TestPki.SNAPSHOT, cms, impostor.certificate())
                .valid());
    }

    @Test
    void aSigningTimeOutsideTheCertificateIsInvalid() {
        byte[] cms = sign(TestPki.SNAPSHOT, Instant.now().minus(Duration.ofDays(1)), SignatureMeaning.CONFIRM);

        SignatureCheck check = CmsSignatures.verify(TestPki.SNAPSHOT, cms, TestPki.CA.certificate());

        assertFalse(check.valid());
        assertEquals("the signer's certificate was not valid at the signing time", check.problem());
    }

    @Test
    void signingWithTheAuthorityItselfIsNotASignerSignature() {
        byte[] cms = CmsSignatures.sign(
                TestPki.SNAPSHOT,
                TestPki.CA.privateKey(),
                TestPki.CA.certificate(),
                List.of(),
                TestPki.secondsAgo(5),
                SignatureMeaning.CONFIRM);

        SignatureCheck check = CmsSignatures.verify(TestPki.SNAPSHOT, cms, TestPki.CA.certificate());

        assertFalse(check.valid());
        assertEquals("the signer's certificate is not a signing certificate", check.problem());
    }

    @Test
    void garbageIsReportedNotThrown() {
        SignatureCheck check =
                CmsSignatures.verify(TestPki.SNAPSHOT, TestPki.utf8("not a signature"), TestPki.CA.certificate());

        assertFalse(check.valid());
        assertEquals("not a CMS signature", check.problem());
        assertNull(check.signerSubject());
    }

    @Test
    void aTimeStampFromTheTsaIsCarriedAndReported() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        byte[] cms = CmsSignatures.sign(
                TestPki.SNAPSHOT,
                TestPki.SIGNER_KEYS.getPrivate(),
                TestPki.SIGNER,
                CHAIN,
                TestPki.secondsAgo(5),
                SignatureMeaning.RECOGNISE,
                new HttpTimeStampClient(tsa.url()));

        SignatureCheck check = CmsSignatures.verify(TestPki.SNAPSHOT, cms, TestPki.CA.certificate());

        assertTrue(check.valid(), check.problem());
        assertEquals(SignatureMeaning.RECOGNISE, check.meaning());
        assertNotNull(check.timeStamp());
        assertFalse(check.timeStamp().isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        assertFalse(check.timeStamp().isAfter(Instant.now().plusSeconds(1)));
        SignerInformation signer =
                new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        assertNotNull(signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken));
        assertEquals(
                "content does not match the signature",
                CmsSignatures.verify(TestPki.flipped(TestPki.SNAPSHOT, 3), cms, TestPki.CA.certificate())
                        .problem());
    }

    @Test
    void aTokenOverOtherDataIsRefusedWhenSigning() {
        HttpTimeStampClient http = new HttpTimeStampClient(tsa.url());
        TimeStampClient wrongDigest = digest -> http.timeStamp(new byte[32]);

        assertThrows(
                IllegalStateException.class,
                () -> CmsSignatures.sign(
                        TestPki.SNAPSHOT,
                        TestPki.SIGNER_KEYS.getPrivate(),
                        TestPki.SIGNER,
                        CHAIN,
                        TestPki.secondsAgo(5),
                        SignatureMeaning.CONFIRM,
                        wrongDigest));
    }

    @Test
    void anUnavailableTsaFailsTheSignatureRatherThanSigningWithoutIt() {
        IllegalStateException failed = assertThrows(
                IllegalStateException.class,
                () -> CmsSignatures.sign(
                        TestPki.SNAPSHOT,
                        TestPki.SIGNER_KEYS.getPrivate(),
                        TestPki.SIGNER,
                        CHAIN,
                        TestPki.secondsAgo(5),
                        SignatureMeaning.CONFIRM,
                        new HttpTimeStampClient(tsa.failingUrl())));
        assertTrue(failed.getMessage().contains("HTTP 500"), failed.getMessage());
        assertThrows(
                IllegalStateException.class,
                () -> new HttpTimeStampClient(URI.create("http://127.0.0.1:1/tsa")).timeStamp(new byte[32]));
    }
}
