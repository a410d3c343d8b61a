package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import cn.edu.ttms.domain.model.shared.Level;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One class's results on their way through the sign-off chain (workflow.md §4): the lead confirms,
 * the bureau reviewer approves or returns, the province recognises. Each return opens a new
 * revision; what was signed in earlier revisions stays in their snapshots. The batch guards the
 * order of the chain; who may take a step (role and scope) is the application's concern.
 */
@Entity
@Table(name = "result_batch")
public class ResultBatch implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "owner_path", nullable = false, length = 255)
    @AuditScope
    private String ownerPath;

    @Column(name = "school_based", nullable = false)
    private boolean schoolBased;

    @Column(nullable = false)
    private int revision = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BatchStatus status = BatchStatus.DRAFT;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BatchIntegrity integrity = BatchIntegrity.UNSIGNED;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ResultBatch() {}

    /** The batch of a project's class; school-based results are confirmed by the principal instead of a lead. */
    public ResultBatch(TrainingProject project, String createdBy, Instant at) {
        this.projectId = Objects.requireNonNull(project.id(), "project id");
        this.ownerPath = project.ownerPath();
        this.schoolBased = project.level() == Level.SCHOOL;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** @throws BatchRefused when the rows are signed: only a return reopens them */
    public void checkEditable() {
        if (!status.editable()) {
            throw BatchRefused.notEditable(status);
        }
    }

    /**
     * The signature the chain waits for next.
     *
     * @throws BatchRefused when the chain is complete
     */
    public SignatureMeaning nextSignature() {
        SignatureMeaning next = status.nextMeaning();
        if (next == null) {
            throw BatchRefused.wrongStep(status, SignatureMeaning.RECOGNISE);
        }
        return next;
    }

    /**
     * Records a signature of the chain's next step and moves the class's project along with it
     * (results submitted, reviewed, recognised).
     *
     * @throws BatchRefused when the chain waits for another step or the batch was tampered with
     */
    public void signed(SignatureMeaning meaning, TrainingProject project) {
        signed(meaning);
        project.resultsAt(status.projectStatus());
    }

    /**
     * Records a signature of the chain's next step.
     *
     * @throws BatchRefused when the chain waits for another step or the batch was tampered with
     */
    public void signed(SignatureMeaning meaning) {
        if (integrity == BatchIntegrity.TAMPERED) {
            throw BatchRefused.tampered();
        }
        if (status.nextMeaning() != meaning) {
            throw BatchRefused.wrongStep(status, meaning);
        }
        status = BatchStatus.after(meaning);
        if (meaning == SignatureMeaning.CONFIRM) {
            integrity = BatchIntegrity.VALID;
        }
    }

    /**
     * Sends the batch back for correction, and the class's project is running again.
     *
     * @throws BatchRefused without a reason, or when nothing signed is waiting for review
     */
    public void returnFor(String reason, TrainingProject project) {
        returnFor(reason);
        project.resultsAt(status.projectStatus());
    }

    /**
     * Sends the batch back for correction: a new revision opens, the signed one stays in history.
     *
     * @throws BatchRefused without a reason, or when nothing signed is waiting for review
     */
    public void returnFor(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BatchRefused.reasonRequired();
        }
        if (!status.returnable()) {
            throw BatchRefused.notReturnable(status);
        }
        status = BatchStatus.RETURNED;
        returnReason = reason.strip();
        revision++;
        if (integrity != BatchIntegrity.TAMPERED) {
            integrity = BatchIntegrity.UNSIGNED;
        }
    }

    /** The outcome of a verification; once tampered, a batch stays tampered. */
    public void verified(BatchIntegrity found, Instant at) {
        if (integrity != BatchIntegrity.TAMPERED) {
            integrity = Objects.requireNonNull(found, "found");
        }
        verifiedAt = at;
    }

    /** Whether the current revision carries signatures to verify. */
    public boolean signedRevision() {
        return status != BatchStatus.DRAFT && status != BatchStatus.RETURNED;
    }

    /** The revision whose signatures verification checks: the current one once signed, else the last signed one. */
    public int lastSignedRevision() {
        return signedRevision() ? revision : revision - 1;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("projectId", projectId);
        state.put("revision", revision);
        state.put("status", status.name());
        state.put("returnReason", returnReason);
        state.put("integrity", integrity.name());
        return state;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public String ownerPath() {
        return ownerPath;
    }

    public boolean schoolBased() {
        return schoolBased;
    }

    public int revision() {
        return revision;
    }

    public BatchStatus status() {
        return status;
    }

    public String returnReason() {
        return returnReason;
    }

    public BatchIntegrity integrity() {
        return integrity;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
