package cn.edu.ttms.domain.model.document;

import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A signed document issued to a teacher: what it certifies (kept masked, as the verification page shows
 * it), the results it states, and whether it still stands.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private DocumentKind kind;

    @Column(name = "teacher_id", nullable = false, updatable = false)
    private long teacherId;

    @AuditScope
    @Column(name = "unit_path", nullable = false, updatable = false)
    private String unitPath;

    @Column(name = "cycle_start", updatable = false)
    private Integer cycleStart;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Column(nullable = false, length = 64, updatable = false)
    private String fingerprint;

    @Column(nullable = false, length = 200, updatable = false)
    private String issuer;

    @Column(name = "holder_name", nullable = false, length = 100, updatable = false)
    private String holderName;

    @Column(name = "holder_identity", nullable = false, length = 32, updatable = false)
    private String holderIdentity;

    @Column(nullable = false, precision = 9, scale = 2, updatable = false)
    private BigDecimal hours;

    @Column(nullable = false, precision = 9, scale = 2, updatable = false)
    private BigDecimal credits;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100, updatable = false)
    private String issuedBy;

    @Column(name = "seal_id", nullable = false, updatable = false)
    private long sealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentStatus status;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason", length = 32)
    private RevocationReason revocationReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "issued_document_result", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "result_id", nullable = false)
    private Set<Long> resultIds = new TreeSet<>();

    @Version
    private long version;

    protected IssuedDocument() {}

    /** A document issued: its signed PDF is stored beside it ({@link IssuedDocumentRepository#store}). */
    public IssuedDocument(Draft draft, String issuedBy, Instant at) {
        Objects.requireNonNull(draft, "draft");
        this.code = draft.code().value();
        this.kind = draft.kind();
        this.teacherId = draft.teacherId();
        this.unitPath = Objects.requireNonNull(draft.unitPath(), "unitPath");
        this.cycleStart = draft.cycleStart();
        this.projectId = draft.projectId();
        this.fingerprint = Objects.requireNonNull(draft.fingerprint(), "fingerprint");
        this.issuer = Objects.requireNonNull(draft.issuer(), "issuer");
        this.holderName = Masking.name(draft.holderName());
        this.holderIdentity = Objects.requireNonNull(draft.holderIdentity(), "holderIdentity");
        this.hours = Objects.requireNonNull(draft.hours(), "hours");
        this.credits = Objects.requireNonNull(draft.credits(), "credits");
        this.sealId = draft.sealId();
        this.resultIds = new TreeSet<>(draft.resultIds());
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedAt = Objects.requireNonNull(at, "at");
        this.status = DocumentStatus.VALID;
    }

    /**
     * What a document will state, decided before it is laid out.
     *
     * @param holderName the full name: kept masked
     * @param holderIdentity the identity number, already masked
     * @param fingerprint a digest of everything the document states, to hand out the same document again
     */
    public record Draft(
            VerificationCode code,
            DocumentKind kind,
            long teacherId,
            String unitPath,
            Integer cycleStart,
            Long projectId,
            String fingerprint,
            String issuer,
            String holderName,
            String holderIdentity,
            BigDecimal hours,
            BigDecimal credits,
            long sealId,
            Set<Long> resultIds) {}

    /** Revokes the document; a revoked one stays revoked (the first reason is the one shown). */
    public boolean revoke(RevocationReason reason, Instant at) {
        if (status == DocumentStatus.REVOKED) {
            return false;
        }
        this.status = DocumentStatus.REVOKED;
        this.revocationReason = Objects.requireNonNull(reason, "reason");
        this.revokedAt = at;
        return true;
    }

    public boolean valid() {
        return status == DocumentStatus.VALID;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind.name());
        state.put("teacherId", teacherId);
        if (cycleStart != null) {
            state.put("cycleStart", cycleStart);
        }
        if (projectId != null) {
            state.put("projectId", projectId);
        }
        state.put("issuer", issuer);
        state.put("status", status.name());
        if (revocationReason != null) {
            state.put("revocationReason", revocationReason.name());
        }
        return state;
    }

    public Long id() {
        return id;
    }

    public VerificationCode code() {
        return VerificationCode.parse(code).orElseThrow();
    }

    public DocumentKind kind() {
        return kind;
    }

    public long teacherId() {
        return teacherId;
    }

    public String unitPath() {
        return unitPath;
    }

    public Integer cycleStart() {
        return cycleStart;
    }

    public Long projectId() {
        return projectId;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String issuer() {
        return issuer;
    }

    public String holderName() {
        return holderName;
    }

    public String holderIdentity() {
        return holderIdentity;
    }

    public BigDecimal hours() {
        return hours;
    }

    public BigDecimal credits() {
        return credits;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public long sealId() {
        return sealId;
    }

    public DocumentStatus status() {
        return status;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public RevocationReason revocationReason() {
        return revocationReason;
    }

    public Set<Long> resultIds() {
        return Set.copyOf(resultIds);
    }
}
