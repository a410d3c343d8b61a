package cn.edu.ttms.infrastructure.signature;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Electronic signatures of result snapshots as detached CMS SignedData (RFC 5652), the format every
 * standard tool checks ({@code openssl cms -verify}), so that a signed batch can be verified outside
 * this system for as long as the files are kept.
 *
 * <p>The signature is detached, because the snapshot is stored and exported as its own file and must
 * stay byte for byte what was signed. The signer's certificate and its chain travel inside the
 * signature; the signing time and the meaning (确认, 审核通过, 认定) are signed attributes, so neither can be
 * changed without breaking the signature.
 */
public final class CmsSignatures {

    private CmsSignatures() {}

    /** A signature without time-stamp: the seven-argument {@code sign} with no time-stamp client. */
    public static byte[] sign(
            byte[] content,
            PrivateKey key,
            X509Certificate signer,
            List<X509Certificate> chain,
            Instant signingTime,
            SignatureMeaning meaning) {
        return sign(content, key, signer, chain, signingTime, meaning, null);
    }

    /**
     * The DER of a detached CMS SignedData over {@code content}: SHA-256, signed by {@code key} (ECDSA or
     * RSA), carrying {@code signer} and {@code chain}, with signed attributes content type, message
     * digest, signing time ({@code signingTime} to the second, not the clock) and the commitment type
     * with the meaning's words.
     *
     * @param timeStamps when not null, an RFC 3161 time-stamp over the signature value is added as an
     *     unsigned attribute
     */
    public static byte[] sign(
            byte[] content,
            PrivateKey key,
            X509Certificate signer,
            List<X509Certificate> chain,
            Instant signingTime,
            SignatureMeaning meaning,
            TimeStampClient timeStamps) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(BouncyCastle.PROVIDER)
                            .build())
                    .setSignedAttributeGenerator(
                            new DefaultSignedAttributeTableGenerator(SignedAttributes.of(signingTime, meaning)))
                    .build(SignatureAlgorithms.signer(key), signer));
            List<X509Certificate> certificates = new ArrayList<>();
            certificates.add(signer);
            chain.stream().filter(c -> !c.equals(signer)).forEach(certificates::add);
            generator.addCertificates(new JcaCertStore(certificates));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            if (timeStamps != null) {
                SignerInformation stamped = SignatureTimeStamps.stamp(
                        signed.getSignerInfos().iterator().next(), timeStamps);
                signed = CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
            }
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("cannot create the CMS signature", e);
        }
    }

    /**
     * Checks a detached signature over {@code content} against the authority the caller trusts. Valid
     * means: the signature covers exactly these bytes; the signer's certificate was issued by
     * {@code trustAnchor}, is an end-entity certificate allowed to sign, and it and the anchor were
     * valid at the signed signing time; the meaning is one of the known ones; and a time-stamp, if
     * present, covers the signature. A bad or foreign signature yields {@code valid == false} with a
     * short reason, never an exception.
     *
     * <p>Revocation is not checked: the authority issues no CRLs, and a signer's certificate is retired
     * in the database, not revoked. The time-stamp authority is checked for consistency only (its token
     * is signed by the certificate it carries), not against a list of trusted TSAs.
     */
    public static SignatureCheck verify(byte[] content, byte[] cms, X509Certificate trustAnchor) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
        } catch (CMSException | RuntimeException e) {
            return SignatureCheck.unreadable("not a CMS signature");
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return SignatureCheck.unreadable("expected one signer, found " + signers.size());
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return SignatureCheck.unreadable("the signer's certificate is not in the signature");
        }
        X509Certificate certificate;
        try {
            certificate = Certificates.certificate(matches.iterator().next());
        } catch (RuntimeException e) {
            return SignatureCheck.unreadable("the signer's certificate is unreadable");
        }
        AttributeTable attributes = signer.getSignedAttributes();
        Instant signingTime = SignedAttributes.signingTime(attributes);
        SignatureMeaning meaning = SignedAttributes.meaning(attributes);
        String problem = problem(signer, certificate, trustAnchor, signingTime, meaning);
        Instant timeStamp = null;
        try {
            timeStamp = SignatureTimeStamps.read(signer);
        } catch (IllegalArgumentException e) {
            problem = problem == null ? e.getMessage() : problem;
        }
        return new SignatureCheck(
                problem == null,
                problem,
                certificate.getSubjectX500Principal().getName(),
                certificate.getSerialNumber(),
                signingTime,
                meaning,
                timeStamp);
    }

    /** The first reason the signature is not valid, most telling first; null when there is none. */
    private static String problem(
            SignerInformation signer,
            X509Certificate certificate,
            X509Certificate anchor,
            Instant signingTime,
            SignatureMeaning meaning) {
        String signature = signatureProblem(signer, certificate);
        if (signature != null) {
            return signature;
        }
        if (!issuedBy(certificate, anchor)) {
            return "the signer's certificate was not issued by the trusted authority";
        }
        if (signingTime == null) {
            return "the signing time is missing";
        }
        Date at = Date.from(signingTime);
        if (!validAt(certificate, at)) {
            return "the signer's certificate was not valid at the signing time";
        }
        if (!validAt(anchor, at)) {
            return "the authority's certificate was not valid at the signing time";
        }
        boolean[] usage = certificate.getKeyUsage();
        if (certificate.getBasicConstraints() >= 0 || usage != null && !usage[0] && !usage[1]) {
            return "the signer's certificate is not a signing certificate";
        }
        if (meaning == null) {
            return "the meaning of the signature is missing or unknown";
        }
        return null;
    }

    /**
     * Verifies with the bare public key, so that BC does not reject an expired certificate before it
     * has told whether the content matches: a changed snapshot is the finding that matters most.
     */
    private static String signatureProblem(SignerInformation signer, X509Certificate certificate) {
        try {
            boolean ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(certificate.getPublicKey()));
            return ok ? null : "the signature value is wrong";
        } catch (CMSSignerDigestMismatchException e) {
            return "content does not match the signature";
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return "the signature cannot be verified: " + e.getMessage();
        }
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate anchor) {
        if (!certificate.getIssuerX500Principal().equals(anchor.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(anchor.getPublicKey(), BouncyCastle.PROVIDER);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean validAt(X509Certificate certificate, Date at) {
        try {
            certificate.checkValidity(at);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
