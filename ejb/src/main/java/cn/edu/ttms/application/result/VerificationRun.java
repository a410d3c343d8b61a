package cn.edu.ttms.application.result;

import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * One batch of the nightly verification, in its own transaction, so that a batch found tampered is
 * recorded whatever happens to the others. Called by {@link NightlyVerification} only: no REST or page
 * reaches it (it checks every batch, regardless of scope).
 */
@Stateless
@PermitAll
public class VerificationRun {

    static final String ACTOR = "nightly-verification";

    @Inject
    ResultRepository results;

    @Inject
    BatchAccess access;

    @Inject
    BatchChecker checker;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<BatchVerification> check(long batchId) {
        Optional<ResultBatch> batch = results.findBatch(batchId);
        return batch.map(b -> checker.check(b, access.project(b), ACTOR));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> signedBatches() {
        return results.signedBatchIds();
    }
}
