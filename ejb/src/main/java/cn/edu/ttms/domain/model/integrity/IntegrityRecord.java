package cn.edu.ttms.domain.model.integrity;

import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An entry of a teacher's integrity record (诚信档案, rules.md §5, art. 21): a training record found
 * forged or tampered with. Written once, never changed.
 */
@Entity
@Table(name = "integrity_record")
public class IntegrityRecord implements Audited {

    public enum Kind {
        TAMPERED,
        FORGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Column(name = "unit_path", nullable = false, length = 255)
    @AuditScope
    private String unitPath;

    @Column(name = "result_id")
    private Long resultId;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 1000)
    private String detail;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected IntegrityRecord() {}

    public IntegrityRecord(
            long teacherId,
            String unitPath,
            Long resultId,
            Long batchId,
            Long projectId,
            Kind kind,
            String detail,
            String recordedBy,
            Instant at) {
        this.teacherId = teacherId;
        this.unitPath = Objects.requireNonNull(unitPath, "unitPath");
        this.resultId = resultId;
        this.batchId = batchId;
        this.projectId = projectId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("teacherId", teacherId);
        state.put("resultId", resultId);
        state.put("batchId", batchId);
        state.put("kind", kind.name());
        state.put("detail", detail);
        return state;
    }

    public Long id() {
        return id;
    }

    public long teacherId() {
        return teacherId;
    }

    public String unitPath() {
        return unitPath;
    }

    public Long resultId() {
        return resultId;
    }

    public Long batchId() {
        return batchId;
    }

    public Long projectId() {
        return projectId;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
