package cn.edu.ttms.application.result;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.BatchRefused;
import cn.edu.ttms.domain.model.result.ResultBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A reviewer sends signed results back for correction (workflow.md §4; api.md
 * {@code /result-batches/{id}/return}): a new revision opens and the class is running again.
 */
@Stateless
@RolesAllowed({"BUREAU_REVIEWER", "PROVINCE_OFFICER"})
public class BatchReturns {

    @Inject
    CurrentCaller caller;

    @Inject
    BatchAccess access;

    @Inject
    BatchSheets sheets;

    @Inject
    cn.edu.ttms.domain.model.result.ResultRepository results;

    @Inject
    cn.edu.ttms.application.document.DocumentRevocations revocations;

    @Inject
    cn.edu.ttms.application.statistics.ComplianceStandings standings;

    public BatchSheet returnBatch(long batchId, String reason) {
        Caller me = caller.get();
        ResultBatch batch = access.visible(batchId);
        TrainingProject project = access.project(batch);
        if (!access.returns(me, batch)) {
            throw batch.status().returnable()
                    ? BatchRefused.notYourStep(null)
                    : BatchRefused.notReturnable(batch.status());
        }
        batch.returnFor(reason, project);
        // documents stating these results no longer hold: the results go back for correction (issue 18)
        revocations.revokeStating(
                results.results(batch.id()).stream()
                        .map(cn.edu.ttms.domain.model.result.TrainingResult::id)
                        .toList(),
                cn.edu.ttms.domain.model.document.RevocationReason.BATCH_RETURNED);
        // and the compliance statistics of its trainees (issue 19)
        standings.refresh(results.results(batch.id()).stream()
                .map(cn.edu.ttms.domain.model.result.TrainingResult::teacherId)
                .toList());
        return sheets.of(batch, project);
    }
}
