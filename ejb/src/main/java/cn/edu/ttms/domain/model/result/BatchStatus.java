package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.shared.MessageKeyed;

/**
 * Where a class's results stand in the sign-off chain (workflow.md §4; api.md
 * {@code /result-batches}): entered (DRAFT), confirmed by the project lead (SIGNED), sent back for
 * correction (RETURNED), countersigned by the bureau reviewer (REVIEWED), recognised by the
 * province (RECOGNISED).
 */
public enum BatchStatus implements MessageKeyed {
    DRAFT,
    SIGNED,
    RETURNED,
    REVIEWED,
    RECOGNISED;

    /** Rows may change only before the first signature of a revision. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The signature the chain waits for next, or null when it is complete. */
    public SignatureMeaning nextMeaning() {
        return switch (this) {
            case DRAFT, RETURNED -> SignatureMeaning.CONFIRM;
            case SIGNED -> SignatureMeaning.APPROVE;
            case REVIEWED -> SignatureMeaning.RECOGNISE;
            case RECOGNISED -> null;
        };
    }

    /** The status a signature of that meaning leads to. */
    public static BatchStatus after(SignatureMeaning meaning) {
        return switch (meaning) {
            case CONFIRM -> SIGNED;
            case APPROVE -> REVIEWED;
            case RECOGNISE -> RECOGNISED;
        };
    }

    /**
     * How a result of a batch in this status shows in the teacher's archive (api.md): never signed →
     * not there at all (art. 20: it counts for nothing), signed or returned for correction →
     * PENDING, then REVIEWED and RECOGNISED.
     */
    public ResultStatus resultStatus() {
        return switch (this) {
            case DRAFT -> null;
            case SIGNED, RETURNED -> ResultStatus.PENDING;
            case REVIEWED -> ResultStatus.REVIEWED;
            case RECOGNISED -> ResultStatus.RECOGNISED;
        };
    }

    /**
     * Where the class's project stands once its batch reached this status: running again while the
     * results are entered or corrected, then results submitted, reviewed, recognised.
     */
    public ProjectStatus projectStatus() {
        return switch (this) {
            case DRAFT, RETURNED -> ProjectStatus.IN_PROGRESS;
            case SIGNED -> ProjectStatus.RESULTS_SUBMITTED;
            case REVIEWED -> ProjectStatus.REVIEWED;
            case RECOGNISED -> ProjectStatus.RECOGNISED;
        };
    }

    /** Whether the next signature countersigns a revision the lead already confirmed. */
    public boolean awaitsCountersignature() {
        return this == SIGNED || this == REVIEWED;
    }

    /** Whether a reviewer or the province may still send the batch back. */
    public boolean returnable() {
        return this == SIGNED || this == REVIEWED;
    }

    @Override
    public String messageKey() {
        return "batchStatus." + name();
    }
}
