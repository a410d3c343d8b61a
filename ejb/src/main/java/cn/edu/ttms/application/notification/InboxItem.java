package cn.edu.ttms.application.notification;

import cn.edu.ttms.domain.model.notification.Notification;
import cn.edu.ttms.domain.model.notification.NotificationKind;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One notice as its reader sees it; the text is rendered in the reader's language. */
public record InboxItem(
        long id,
        NotificationKind kind,
        String messageKey,
        List<String> args,
        Long projectId,
        Instant createdAt,
        boolean read)
        implements Serializable {

    public static InboxItem of(Notification n) {
        return new InboxItem(n.id(), n.kind(), n.messageKey(), n.args(), n.projectId(), n.createdAt(), n.isRead());
    }

    /** The notice's text in {@code locale} (the domain's bundle). */
    public String message(Locale locale) {
        return DomainMessages.format(messageKey, args, locale);
    }
}
