package cn.edu.ttms.interfaces.rest.notification;

import cn.edu.ttms.domain.model.notification.NotificationKind;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to marking a notice read: the notice, and how many remain unread. */
@Schema(name = "NoticeRead")
@JsonbPropertyOrder({"id", "kind", "message", "createdAt", "read", "projectId", "unread"})
public record NoticeRead(
        long id,
        NotificationKind kind,
        String message,
        Instant createdAt,
        boolean read,
        @JsonbNillable @Schema(nullable = true) Long projectId,
        long unread) {

    static NoticeRead of(Notice n, long unread) {
        return new NoticeRead(n.id(), n.kind(), n.message(), n.createdAt(), n.read(), n.projectId(), unread);
    }
}
