package cn.edu.ttms.domain.model.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The order of the sign-off chain (workflow.md §4), guarded by the batch itself. */
class ResultBatchTest {

    private static ResultBatch batch() throws Exception {
        ResultBatch b = newInstance();
        set(b, "projectId", 7L);
        set(b, "ownerPath", "/1/2/");
        return b;
    }

    private static ResultBatch newInstance() throws Exception {
        var c = ResultBatch.class.getDeclaredConstructor();
        c.setAccessible(true);
        return c.newInstance();
    }

    private static void set(Object o, String field, Object value) throws Exception {
        Field f = o.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(o, value);
    }

    @Test
    void theChainRunsConfirmApproveRecogniseInThatOrderOnly() throws Exception {
        ResultBatch b = batch();
        assertEquals(BatchStatus.DRAFT, b.status());
        assertEquals(
                "error.batch.wrongStep",
                assertThrows(BatchRefused.class, () -> b.signed(SignatureMeaning.APPROVE))
                        .messageKey());
        b.signed(SignatureMeaning.CONFIRM);
        assertEquals(BatchStatus.SIGNED, b.status());
        assertEquals(BatchIntegrity.VALID, b.integrity());
        assertEquals(
                "error.batch.notEditable",
                assertThrows(BatchRefused.class, b::checkEditable).messageKey());
        b.signed(SignatureMeaning.APPROVE);
        b.signed(SignatureMeaning.RECOGNISE);
        assertEquals(BatchStatus.RECOGNISED, b.status());
        assertEquals(null, b.status().nextMeaning());
        assertEquals(ResultStatus.RECOGNISED, b.status().resultStatus());
    }

    @Test
    void aReturnNeedsAReasonAndOpensANewRevisionKeepingTheSignedOne() throws Exception {
        ResultBatch b = batch();
        assertThrows(BatchRefused.class, () -> b.returnFor("too early"));
        b.signed(SignatureMeaning.CONFIRM);
        assertEquals(
                "error.batch.reasonRequired",
                assertThrows(BatchRefused.class, () -> b.returnFor(" ")).messageKey());
        b.returnFor("第3行成绩与考勤不符");
        assertEquals(BatchStatus.RETURNED, b.status());
        assertEquals(2, b.revision());
        assertEquals(1, b.lastSignedRevision());
        assertEquals(ResultStatus.PENDING, b.status().resultStatus());
        b.checkEditable();
        b.signed(SignatureMeaning.CONFIRM);
        assertEquals(2, b.lastSignedRevision());
    }

    @Test
    void aTamperedBatchStaysTamperedAndTakesNoFurtherSignature() throws Exception {
        ResultBatch b = batch();
        b.signed(SignatureMeaning.CONFIRM);
        b.verified(BatchIntegrity.TAMPERED, Instant.now());
        b.verified(BatchIntegrity.VALID, Instant.now());
        assertEquals(BatchIntegrity.TAMPERED, b.integrity());
        assertEquals(
                "error.batch.tampered",
                assertThrows(BatchRefused.class, () -> b.signed(SignatureMeaning.APPROVE))
                        .messageKey());
    }

    @Test
    void neverSignedResultsDoNotShowInTheArchive() {
        assertEquals(null, BatchStatus.DRAFT.resultStatus()); // art. 20: they count for nothing
    }

    @Test
    void theChainNamesItsNextSignatureAndWhereTheProjectStands() throws Exception {
        ResultBatch b = batch();
        assertEquals(SignatureMeaning.CONFIRM, b.nextSignature());
        assertEquals(ProjectStatus.IN_PROGRESS, b.status().projectStatus());
        b.signed(SignatureMeaning.CONFIRM);
        assertEquals(true, b.status().awaitsCountersignature());
        assertEquals(ProjectStatus.RESULTS_SUBMITTED, b.status().projectStatus());
        b.signed(SignatureMeaning.APPROVE);
        assertEquals(ProjectStatus.REVIEWED, b.status().projectStatus());
        b.signed(SignatureMeaning.RECOGNISE);
        assertEquals(false, b.status().awaitsCountersignature());
        assertEquals(ProjectStatus.RECOGNISED, b.status().projectStatus());
        assertEquals(
                "error.batch.wrongStep",
                assertThrows(BatchRefused.class, b::nextSignature).messageKey());
    }
}
