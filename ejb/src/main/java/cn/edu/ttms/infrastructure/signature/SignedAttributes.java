package cn.edu.ttms.infrastructure.signature;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.esf.CommitmentTypeIndication;
import org.bouncycastle.asn1.esf.CommitmentTypeQualifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/**
 * The signed attributes that make a signature say when and what: signing-time and an RFC 5126
 * commitment-type-indication whose qualifier holds the Chinese words of the meaning. Writing and
 * reading them live together so that the layout is defined in exactly one place.
 *
 * <p>RFC 5652 §11.3 requires UTCTime for signing times before 2050, which has no fractions of a
 * second: the time signed is the one given, truncated to the second.
 */
final class SignedAttributes {

    private SignedAttributes() {}

    /** Signing time and meaning, for BC to complete with content type and message digest. */
    static AttributeTable of(Instant signingTime, SignatureMeaning meaning) {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(
                CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(signingTime.truncatedTo(ChronoUnit.SECONDS))))));
        ASN1ObjectIdentifier commitment = new ASN1ObjectIdentifier(meaning.commitmentTypeOid());
        CommitmentTypeQualifier words = new CommitmentTypeQualifier(commitment, new DERUTF8String(meaning.words()));
        attributes.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_ets_commitmentType,
                new DERSet(new CommitmentTypeIndication(commitment, new DERSequence(words)))));
        return new AttributeTable(attributes);
    }

    /** The signed signing time, or null when the attribute is absent or malformed. */
    static Instant signingTime(AttributeTable signed) {
        Attribute attribute = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return null;
        }
        try {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                    .getDate()
                    .toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The signed meaning, or null when there is none, the words are unknown, or the commitment type does
     * not go with the words.
     */
    static SignatureMeaning meaning(AttributeTable signed) {
        Attribute attribute = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_ets_commitmentType);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return null;
        }
        try {
            CommitmentTypeIndication indication = CommitmentTypeIndication.getInstance(
                    attribute.getAttrValues().getObjectAt(0));
            ASN1Sequence qualifiers = indication.getCommitmentTypeQualifier();
            if (qualifiers == null || qualifiers.size() != 1) {
                return null;
            }
            CommitmentTypeQualifier qualifier = CommitmentTypeQualifier.getInstance(qualifiers.getObjectAt(0));
            if (!(qualifier.getQualifier() instanceof ASN1String words)) {
                return null;
            }
            SignatureMeaning meaning = SignatureMeaning.fromWords(words.getString());
            String type = indication.getCommitmentTypeId().getId();
            return type.equals(meaning.commitmentTypeOid())
                            && qualifier.getCommitmentTypeIdentifier().getId().equals(type)
                    ? meaning
                    : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
