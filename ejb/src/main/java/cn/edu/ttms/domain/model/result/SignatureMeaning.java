package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/**
 * What a signer declares by signing a revision of a batch. Each step of the sign-off chain signs the
 * same snapshot, so the signature itself must say which declaration it is: the Chinese words are put
 * inside the signed attributes of the CMS (and therefore cannot be changed afterwards), together with
 * the matching RFC 5126 commitment type, so that a reader with standard tools and no knowledge of this
 * system still sees what was meant.
 */
public enum SignatureMeaning implements MessageKeyed {

    /** The project lead (or principal) confirms that the rows are what the class achieved. */
    CONFIRM("确认", "1.2.840.113549.1.9.16.6.1"),

    /** The bureau reviewer countersigns the confirmed rows. */
    APPROVE("审核通过", "1.2.840.113549.1.9.16.6.5"),

    /**
     * The province officer recognises the credits. RFC 5126 has no "recognition" commitment, so this
     * is a proof of approval as well; the words tell it apart from {@link #APPROVE}.
     */
    RECOGNISE("认定", "1.2.840.113549.1.9.16.6.5");

    private final String words;
    private final String commitmentTypeOid;

    SignatureMeaning(String words, String commitmentTypeOid) {
        this.words = words;
        this.commitmentTypeOid = commitmentTypeOid;
    }

    /** The Chinese words that are signed, exactly as they appear in the signature. */
    public String words() {
        return words;
    }

    /**
     * The RFC 5126 commitment type (id-cti-ets-proofOfOrigin or id-cti-ets-proofOfApproval), dotted,
     * so that the domain does not depend on a crypto library.
     */
    public String commitmentTypeOid() {
        return commitmentTypeOid;
    }

    @Override
    public String messageKey() {
        return "signatureMeaning." + name();
    }

    /**
     * The meaning whose words are exactly {@code words}: reading a signature back, the words are the
     * only thing that tells {@link #APPROVE} from {@link #RECOGNISE}.
     *
     * @throws IllegalArgumentException when no meaning has these words
     */
    public static SignatureMeaning fromWords(String words) {
        for (SignatureMeaning meaning : values()) {
            if (meaning.words.equals(words)) {
                return meaning;
            }
        }
        throw new IllegalArgumentException("no signature meaning has the words " + words);
    }
}
