package cn.edu.ttms.domain.model.compliance;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/**
 * Where a result stands in the sign-off chain (art. 14, 20). Only a recognised result counts as
 * final; results never signed and reviewed do not count for any purpose (art. 20), but a report
 * shows what the pending ones would add. A void result (forged or tampered, art. 21) never counts.
 */
public enum ResultStatus implements MessageKeyed {
    /** Entered and signed by the project lead, not yet reviewed. */
    PENDING,
    /** Reviewed and countersigned by the bureau, awaiting recognition. */
    REVIEWED,
    /** Recognised by the province: final. */
    RECOGNISED,
    /** Voided, e.g. for forgery (art. 21). */
    VOID;

    public boolean isFinal() {
        return this == RECOGNISED;
    }

    /** On its way to recognition: shown as what it would add, never as met. */
    public boolean isPending() {
        return this == PENDING || this == REVIEWED;
    }

    @Override
    public String messageKey() {
        return "resultStatus." + name();
    }
}
