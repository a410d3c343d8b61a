package cn.edu.ttms.domain.model.result;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The exact bytes the signatures of one revision of a batch cover: the canonical JSON (RFC 8785) of
 * every row, the project and the revision. Kept per revision, so that a returned revision's
 * signatures can still be checked, and so that verification can tell which rows changed since.
 */
@Entity
@Table(name = "result_snapshot")
public class SignedSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(nullable = false)
    private int revision;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "rows_count", nullable = false)
    private int rows;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SignedSnapshot() {}

    public SignedSnapshot(long batchId, int revision, byte[] content, String sha256, int rows, Instant at) {
        this.batchId = batchId;
        this.revision = revision;
        this.content = Objects.requireNonNull(content, "content").clone();
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.rows = rows;
        this.createdAt = at;
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

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256;
    }

    public int rows() {
        return rows;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
