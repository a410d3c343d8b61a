package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.organisation.DataScope;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Result batches, their rows, snapshots and signatures. */
public interface ResultRepository {

    ResultBatch store(ResultBatch batch);

    Optional<ResultBatch> findBatch(long id);

    /** The class's batch, if one was opened. */
    Optional<ResultBatch> batchOfProject(long projectId);

    /**
     * Batches a caller may see: those owned in {@code scope} and those of the given projects (a lead's
     * or a host institution's), optionally of one project and in one status.
     */
    List<ResultBatch> batches(
            DataScope scope, Collection<Long> ownProjects, Long projectId, BatchStatus status, int first, int max);

    long countBatches(DataScope scope, Collection<Long> ownProjects, Long projectId, BatchStatus status);

    /** Records when the batch was last verified, without touching its version (a check is not an edit). */
    void markVerified(long batchId, java.time.Instant at);

    /** Ids of every batch with a signed revision, for the nightly verification. */
    List<Long> signedBatchIds();

    TrainingResult store(TrainingResult result);

    long countResults(long batchId);

    /** The batch's rows read from the database (never from a cache), by id. */
    List<TrainingResult> results(long batchId);

    /** The teacher's results with their batches, newest first. */
    List<ResultWithBatch> ofTeacher(long teacherId);

    /** Results of these teachers in the given years, with their batches (compliance of a school or county). */
    List<ResultWithBatch> ofTeachers(Collection<Long> teacherIds, int firstYear, int lastYear);

    /**
     * The same, for reading only in a transaction that has changed nothing (a reconciliation's chunk): the rows are
     * not kept by the persistence context, so it copies none of them for change detection and compares none at the
     * next flush. Never where the transaction changed results before: such a read may not see those changes.
     */
    List<ResultWithBatch> ofTeachersReadOnly(Collection<Long> teacherIds, int firstYear, int lastYear);

    SignedSnapshot store(SignedSnapshot snapshot);

    Optional<SignedSnapshot> snapshot(long batchId, int revision);

    ResultSignature store(ResultSignature signature);

    /** Every signature of the batch, all revisions, in signing order. */
    List<ResultSignature> signatures(long batchId);

    /** A result with the batch status and project facts the archive needs. */
    record ResultWithBatch(
            TrainingResult result,
            BatchStatus batchStatus,
            long batchId,
            cn.edu.ttms.domain.model.shared.Level level,
            cn.edu.ttms.domain.model.shared.Selection selection,
            String projectName,
            String projectCode) {

        /** What the compliance report counts: every shown result (recognised, pending or void). */
        public static List<cn.edu.ttms.domain.model.compliance.ResultRecord> records(List<ResultWithBatch> rows) {
            List<cn.edu.ttms.domain.model.compliance.ResultRecord> out = new java.util.ArrayList<>();
            for (ResultWithBatch r : rows) {
                cn.edu.ttms.domain.model.compliance.ResultStatus status =
                        r.result().statusIn(r.batchStatus());
                if (status != null) {
                    out.add(r.result().toRecord(r.level(), r.selection(), status));
                }
            }
            return out;
        }
    }
}
