package cn.edu.ttms.interfaces.rest.notification;

import cn.edu.ttms.application.notification.InboxItem;
import cn.edu.ttms.domain.model.notification.NotificationKind;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One notice of the caller's inbox, its message in the caller's language; {@code projectId} always present. */
@Schema(name = "Notice")
@JsonbPropertyOrder({"id", "kind", "message", "createdAt", "read", "projectId"})
public record Notice(
        long id,
        NotificationKind kind,
        String message,
        Instant createdAt,
        boolean read,
        @JsonbNillable @Schema(nullable = true) Long projectId) {

    static Notice of(InboxItem item, Locale locale) {
        return new Notice(
                item.id(), item.kind(), item.message(locale), item.createdAt(), item.read(), item.projectId());
    }
}
