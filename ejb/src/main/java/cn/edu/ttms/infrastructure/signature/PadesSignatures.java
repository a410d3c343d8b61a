package cn.edu.ttms.infrastructure.signature;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS of a PDF document signature in the PAdES baseline B-B profile (ETSI EN 319 142-1), or B-T
 * with a time-stamp authority configured, for the documents the system issues: a detached SignedData over the signed byte ranges of the PDF.
 *
 * <p>Unlike the signatures of result snapshots ({@link CmsSignatures}), it carries no signing-time
 * attribute — PAdES forbids it, the time is the signature dictionary's {@code M} — and it must carry
 * the ESS signing-certificate-v2 attribute, which binds the signer's certificate to the signature so
 * that it cannot be swapped for another certificate on the same key.
 */
public final class PadesSignatures {

    private PadesSignatures() {}

    /**
     * The DER of a detached CMS SignedData over {@code signedBytes}: SHA-256, signed by {@code key} (EC
     * or RSA), signed attributes content type, message digest and signing-certificate-v2, and the
     * certificates of {@code chain} (the signer's first).
     */
    public static byte[] sign(byte[] signedBytes, PrivateKey key, List<X509Certificate> chain) {
        return sign(signedBytes, key, chain, null);
    }

    /**
     * As {@link #sign(byte[], PrivateKey, List)}, and with {@code timeStamps} not null the PAdES baseline
     * B-T level: an RFC 3161 time-stamp over the signature value as the unsigned attribute
     * signature-time-stamp, as the batches' signatures get one ({@code app.signing.tsa-url}).
     *
     * @throws IllegalStateException when the time-stamp authority gives no valid token
     */
    public static byte[] sign(
            byte[] signedBytes, PrivateKey key, List<X509Certificate> chain, TimeStampClient timeStamps) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signature needs the signer's certificate");
        }
        X509Certificate signer = chain.get(0);
        try {
            AttributeTable signingCertificate = signingCertificateV2(signer);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(BouncyCastle.PROVIDER)
                            .build())
                    .setSignedAttributeGenerator(new PadesAttributes(signingCertificate))
                    .build(SignatureAlgorithms.signer(key), signer));
            generator.addCertificates(new JcaCertStore(new ArrayList<>(chain)));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(signedBytes), false);
            if (timeStamps != null) {
                SignerInformation stamped = SignatureTimeStamps.stamp(
                        signed.getSignerInfos().getSigners().iterator().next(), timeStamps);
                signed = CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
            }
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("cannot create the PAdES signature", e);
        }
    }

    /**
     * The time of a document signature's time-stamp (B-T), or null when it has none (B-B).
     *
     * @throws IllegalArgumentException when the CMS or its time-stamp cannot be read or does not hold
     */
    public static java.time.Instant timeStampOf(byte[] cms) {
        try {
            return SignatureTimeStamps.read(new CMSSignedData(cms)
                    .getSignerInfos()
                    .getSigners()
                    .iterator()
                    .next());
        } catch (CMSException e) {
            throw new IllegalArgumentException("not a CMS signature", e);
        }
    }

    /** RFC 5035: the SHA-256 of the signer's certificate with its issuer and serial number. */
    private static AttributeTable signingCertificateV2(X509Certificate signer) throws CertificateEncodingException {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(signer.getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(
                        X500Name.getInstance(signer.getIssuerX500Principal().getEncoded()))),
                signer.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        Attribute attribute = new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
        return new AttributeTable(attribute);
    }

    /**
     * Content type, message digest and the given attributes, and nothing else: BC's default generator
     * would add a signing time, which PAdES does not allow.
     */
    private record PadesAttributes(AttributeTable fixed) implements CMSAttributeTableGenerator {

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            Hashtable<ASN1ObjectIdentifier, Object> table = fixed.toHashtable();
            ASN1ObjectIdentifier contentType =
                    (ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE);
            if (contentType != null) {
                table.put(CMSAttributes.contentType, new Attribute(CMSAttributes.contentType, new DERSet(contentType)));
            }
            byte[] digest = (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST);
            table.put(CMSAttributes.messageDigest, new Attribute(CMSAttributes.messageDigest, new DERSet((ASN1Encodable)
                    new DEROctetString(digest))));
            return new AttributeTable(table);
        }
    }
}
