package cn.edu.ttms.domain.model.audit;

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
import java.util.Objects;

/**
 * One line of the append-only audit trail. Nothing in the application updates or deletes it:
 * there are no setters, and the database account can be denied UPDATE and DELETE on the table.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditAction action;

    @Column(name = "entity_type", length = 60)
    private String entityType;

    @Column(name = "entity_id", length = 40)
    private String entityId;

    @Column(name = "scope_path", length = 255)
    private String scopePath;

    @Lob
    @Column(name = "before_json")
    private String before;

    @Lob
    @Column(name = "after_json")
    private String after;

    @Column(length = 1000)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(
            Instant at,
            String actor,
            AuditAction action,
            String entityType,
            String entityId,
            String scopePath,
            String before,
            String after,
            String detail) {
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.entityType = entityType;
        this.entityId = entityId;
        this.scopePath = scopePath;
        this.before = before;
        this.after = after;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String scopePath() {
        return scopePath;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String detail() {
        return detail;
    }
}
