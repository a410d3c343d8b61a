package cn.edu.ttms.application.result;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.signing.CertificateIssuer;
import cn.edu.ttms.application.signing.SignerCertificates;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.BatchRefused;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.SignatureMeaning;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The transactions of {@link SignOff}: whether the batch waits for a countersignature, and the
 * signature itself once the caller's role, scope and PIN are checked. Not a use case of its own: only
 * {@link SignOff} calls it.
 */
@Stateless
@RolesAllowed({"PROJECT_LEAD", "SCHOOL_ADMIN", "BUREAU_REVIEWER", "PROVINCE_OFFICER"})
public class SignOffSteps {

    @Inject
    CurrentCaller caller;

    @Inject
    BatchAccess access;

    @Inject
    SignerCertificates certificates;

    @Inject
    BatchSigner signer;

    @Inject
    BatchSheets sheets;

    @Inject
    UserAccountRepository accounts;

    public boolean awaitsCountersignature(long batchId) {
        return access.visible(batchId).status().awaitsCountersignature();
    }

    public BatchSheet sign(long batchId, char[] pin) {
        Caller me = caller.get();
        ResultBatch batch = access.visible(batchId);
        TrainingProject project = access.project(batch);
        SignatureMeaning meaning = batch.nextSignature();
        if (!access.signs(me, batch, project, meaning)) {
            throw BatchRefused.notYourStep(meaning);
        }
        CertificateIssuer.Unlocked key = certificates.unlock(pin);
        String name =
                accounts.findByUsername(me.username()).map(a -> a.displayName()).orElse(me.username());
        signer.sign(batch, project, key, me.username(), name, roleFor(meaning, batch));
        return sheets.of(batch, project);
    }

    private static String roleFor(SignatureMeaning meaning, ResultBatch batch) {
        return switch (meaning) {
            case CONFIRM -> batch.schoolBased() ? Role.SCHOOL_ADMIN.name() : Role.PROJECT_LEAD.name();
            case APPROVE -> Role.BUREAU_REVIEWER.name();
            case RECOGNISE -> Role.PROVINCE_OFFICER.name();
        };
    }
}
