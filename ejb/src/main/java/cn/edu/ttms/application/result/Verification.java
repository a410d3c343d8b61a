package cn.edu.ttms.application.result;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.result.ResultBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Verification of a batch's signatures on demand (api.md {@code /verification}) and before a
 * countersignature. Each check commits on its own: what it finds — a tampered batch, voided credits,
 * integrity entries — stands even when the step that asked for it is then refused.
 */
@Stateless
@RolesAllowed({
    "ADMIN",
    "PROVINCE_OFFICER",
    "BUREAU_STAFF",
    "BUREAU_REVIEWER",
    "SCHOOL_ADMIN",
    "PROJECT_LEAD",
    "INSTITUTION_STAFF"
})
public class Verification {

    @Inject
    CurrentCaller caller;

    @Inject
    BatchAccess access;

    @Inject
    BatchChecker checker;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BatchVerification verify(long batchId) {
        ResultBatch batch = access.visible(batchId);
        return checker.check(batch, access.project(batch), caller.get().username());
    }
}
