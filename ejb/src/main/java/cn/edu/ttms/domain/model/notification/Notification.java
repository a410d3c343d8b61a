package cn.edu.ttms.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A notice in one account's inbox (站内消息). It keeps a message key and its arguments, never a
 * rendered text, so that each reader reads it in their own language; the arguments are taken when
 * the notice is made (the project's name then, the reason given), so it still reads right later.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** Longest argument kept; longer ones (never expected: reasons are 500) are cut. */
    static final int MAX_ARG = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    /** {@link NotificationArgs#encode}d. */
    @Column(length = 4000)
    private String args;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public Notification(
            String recipient,
            NotificationKind kind,
            String messageKey,
            List<String> args,
            Long projectId,
            Instant createdAt) {
        if (recipient == null || recipient.isBlank() || recipient.length() > 64) {
            throw new IllegalArgumentException("a notice needs its recipient's username");
        }
        this.recipient = recipient;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = NotificationArgs.encode(
                args == null
                        ? List.of()
                        : args.stream()
                                .map(a -> a == null ? "" : a.length() > MAX_ARG ? a.substring(0, MAX_ARG) : a)
                                .toList());
        if (this.args != null && this.args.length() > 4000) {
            throw new IllegalArgumentException("too many arguments for one notice");
        }
        this.projectId = projectId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(at, "at");
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return NotificationArgs.decode(args);
    }

    public Long projectId() {
        return projectId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
