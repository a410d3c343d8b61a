package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One electronic signature of a revision of a batch: a detached CMS SignedData (DER) over that
 * revision's snapshot, carrying the signer's certificate, the signing time and the meaning
 * (确认, 审核通过, 认定). The columns repeat what the CMS says so that lists need not parse it;
 * verification trusts only the CMS.
 */
@Entity
@Table(name = "result_signature")
public class ResultSignature implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignatureMeaning meaning;

    @Column(nullable = false, length = 64)
    private String signer;

    @Column(name = "signer_name", nullable = false, length = 100)
    private String signerName;

    @Column(name = "signer_role", nullable = false, length = 30)
    private String signerRole;

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Lob
    @Column(nullable = false)
    private byte[] cms;

    @jakarta.persistence.Transient
    @AuditScope
    private String auditPath;

    protected ResultSignature() {}

    public ResultSignature(
            ResultBatch batch,
            SignatureMeaning meaning,
            String signer,
            String signerName,
            String signerRole,
            long certificateId,
            Instant signedAt,
            byte[] cms) {
        this.batchId = Objects.requireNonNull(batch.id(), "batch id");
        this.revision = batch.revision();
        this.meaning = Objects.requireNonNull(meaning, "meaning");
        this.signer = signer;
        this.signerName = signerName;
        this.signerRole = signerRole;
        this.certificateId = certificateId;
        this.signedAt = signedAt;
        this.cms = cms.clone();
        this.auditPath = batch.ownerPath();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("batchId", batchId);
        state.put("revision", revision);
        state.put("meaning", meaning.name());
        state.put("signer", signer);
        state.put("certificateId", certificateId);
        state.put("signedAt", signedAt.toString());
        return state;
    }

    public Long id() {
        return id;
    }

    public long batchId() {
        return batchId;
    }

    public int revision() {
        return revision;
    }

    public SignatureMeaning meaning() {
        return meaning;
    }

    public String signer() {
        return signer;
    }

    public String signerName() {
        return signerName;
    }

    public String signerRole() {
        return signerRole;
    }

    public long certificateId() {
        return certificateId;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public byte[] cms() {
        return cms.clone();
    }
}
