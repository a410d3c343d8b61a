package cn.edu.ttms.application.result;

import cn.edu.ttms.domain.model.result.BatchRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The chain's next signature (workflow.md §4) as the pages and the API give it. A countersignature is
 * given only over rows verified a moment before — in a transaction of its own, so that tampering found
 * then is recorded even though the signature is refused. Hence no transaction here: the verification
 * and the signature ({@link SignOffSteps}) each commit or roll back on their own.
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
        if (steps.awaitsCountersignature(batchId)
                && verification.verify(batchId).tampered()) {
            throw BatchRefused.tampered();
        }
        return steps.sign(batchId, pin);
    }
}
