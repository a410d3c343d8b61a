package cn.edu.ttms.infrastructure.signature;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * RFC 3161 time-stamps over a signature value, carried as the unsigned attribute
 * id-aa-signatureTimeStampToken (RFC 3126 / CAdES-T). Unsigned, because it is added after signing; it
 * covers the signature value, so it proves the signature existed at the TSA's time regardless of the
 * signing time the signer claims.
 */
final class SignatureTimeStamps {

    private SignatureTimeStamps() {}

    /** The signer with a time-stamp over its signature value added to its unsigned attributes. */
    static SignerInformation stamp(SignerInformation signer, TimeStampClient client) {
        byte[] digest = sha256(signer.getSignature());
        TimeStampToken token = client.timeStamp(digest);
        if (!MessageDigest.isEqual(digest, token.getTimeStampInfo().getMessageImprintDigest())) {
            throw new IllegalStateException("the time-stamp token does not cover the signature");
        }
        Attribute attribute = new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure()));
        AttributeTable unsigned = signer.getUnsignedAttributes() == null
                ? new AttributeTable(attribute)
                : signer.getUnsignedAttributes()
                        .add(attribute.getAttrType(), attribute.getAttrValues().getObjectAt(0));
        return SignerInformation.replaceUnsignedAttributes(signer, unsigned);
    }

    /**
     * The time of the signer's time-stamp, or null when it has none.
     *
     * @throws IllegalArgumentException with a short English reason when a token is present but unreadable,
     *     does not cover this signature, or is not validly signed by the certificate it carries
     */
    static Instant read(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute =
                unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        TimeStampToken token;
        try {
            token = new TimeStampToken(
                    ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
        } catch (TSPException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("the time-stamp is unreadable", e);
        }
        byte[] digest = digest(token.getTimeStampInfo().getHashAlgorithm(), signer.getSignature());
        if (!MessageDigest.isEqual(digest, token.getTimeStampInfo().getMessageImprintDigest())) {
            throw new IllegalArgumentException("the time-stamp does not cover this signature");
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> tsa = token.getCertificates().getMatches(token.getSID());
        if (!tsa.isEmpty()) {
            try {
                token.validate(new JcaSimpleSignerInfoVerifierBuilder()
                        .setProvider(BouncyCastle.PROVIDER)
                        .build(tsa.iterator().next()));
            } catch (TSPException
                    | OperatorCreationException
                    | java.security.cert.CertificateException
                    | RuntimeException e) {
                throw new IllegalArgumentException("the time-stamp is not validly signed", e);
            }
        }
        return token.getTimeStampInfo().getGenTime().toInstant();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256", BouncyCastle.PROVIDER).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from BouncyCastle", e);
        }
    }

    private static byte[] digest(AlgorithmIdentifier algorithm, byte[] data) {
        try {
            DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build()
                    .get(algorithm);
            calculator.getOutputStream().write(data);
            calculator.getOutputStream().close();
            return calculator.getDigest();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalArgumentException("the time-stamp uses an unknown digest " + algorithm.getAlgorithm(), e);
        }
    }
}
