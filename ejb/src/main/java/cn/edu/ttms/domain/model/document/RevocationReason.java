package cn.edu.ttms.domain.model.document;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** Why a document was revoked: the category the verification page names, never the details. */
public enum RevocationReason implements MessageKeyed {
    /** A result it states was voided (a change after signing, art. 21). */
    RESULT_VOIDED,
    /** A batch of results it states was returned for correction. */
    BATCH_RETURNED;

    @Override
    public String messageKey() {
        return "revocationReason." + name();
    }
}
