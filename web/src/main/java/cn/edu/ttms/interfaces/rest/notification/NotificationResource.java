package cn.edu.ttms.interfaces.rest.notification;

import cn.edu.ttms.application.notification.Notifications;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/notifications?page=&size=}: the caller's own notices, newest first, each
 * {@code {id, kind, message, projectId, createdAt, read}} with the message in the Accept-Language,
 * and {@code unread} and {@code total}; {@code POST /api/v1/notifications/{id}/read} marks one read
 * (anyone else's answers 404).
 */
@ApplicationScoped
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listNotifications", summary = "当前用户的消息，最新的在前")
    public Inbox inbox(@BeanParam Paging paging) {
        Locale locale = locale();
        return new Inbox(
                notifications.inbox(paging.offset(), paging.size()).stream()
                        .map(i -> Notice.of(i, locale))
                        .toList(),
                notifications.unreadCount(),
                notifications.count());
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "把一条消息标为已读")
    @APIResponse(
            responseCode = "200",
            description = "该消息及剩余未读数",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeRead.class)))
    public NoticeRead markRead(@PathParam("id") long id) {
        Notice notice = Notice.of(notifications.markRead(id), locale());
        return NoticeRead.of(notice, notifications.unreadCount());
    }

    private Locale locale() {
        return DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
