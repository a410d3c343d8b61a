package cn.edu.ttms.application.result;

import cn.edu.ttms.domain.model.result.BatchRefused;
import cn.edu.ttms.domain.model.result.BatchStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The sign-off chain (workflow.md §4) as the pages and the API use it. A countersignature is given
 * only over rows verified a moment before — in a transaction of its own, so that tampering found then
 * is recorded even though the signature is refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignOff {

    @Inject
    Verification verification;

    @Inject
    SignOffSteps steps;

    @RolesAllowed({"PROJECT_LEAD", "SCHOOL_ADMIN", "BUREAU_REVIEWER", "PROVINCE_OFFICER"})
    public BatchSheet sign(long batchId, char[] pin) {
        BatchStatus status = steps.status(batchId);
        if (status == BatchStatus.SIGNED || status == BatchStatus.REVIEWED) {
            if (verification.verify(batchId).tampered()) {
                throw BatchRefused.tampered();
            }
        }
        return steps.sign(batchId, pin);
    }

    @RolesAllowed({"BUREAU_REVIEWER", "PROVINCE_OFFICER"})
    public BatchSheet returnBatch(long batchId, String reason) {
        return steps.returnBatch(batchId, reason);
    }
}
