package cn.edu.ttms.interfaces.rest.notification;

import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.ws.rs.BeanParam;
import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.notification.InboxItem;
import cn.edu.ttms.application.notification.Notifications;
import cn.edu.ttms.infrastructure.i18n.DomainMessages;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * {@code GET /api/v1/notifications?page=&size=}: the caller's own notices, newest first, each
 * {@code {id, kind, message, projectId, createdAt, read}} with the message in the Accept-Language,
 * and {@code unread} and {@code total}; {@code POST /api/v1/notifications/{id}/read} marks one read
 * (anyone else's answers 404).
 */
@ApplicationScoped
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Context
    HttpHeaders headers;

    @GET
    public JsonObject inbox(@BeanParam Paging paging) {
        Locale locale = locale();
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        for (InboxItem item : notifications.inbox(paging.offset(), paging.size())) {
            items.add(json(item, locale));
        }
        return JsonBuilders.createObjectBuilder().add("items", items).add("unread", notifications.unreadCount())
                .add("total", notifications.count()).build();
    }

    @POST
    @Path("{id}/read")
    public JsonObject markRead(@PathParam("id") long id) {
        JsonObject item = json(notifications.markRead(id), locale());
        return JsonBuilders.createObjectBuilder(item).add("unread", notifications.unreadCount()).build();
    }

    private static JsonObject json(InboxItem item, Locale locale) {
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder().add("id", item.id()).add("kind", item.kind().name())
                .add("message", item.message(locale)).add("createdAt", item.createdAt().toString())
                .add("read", item.read());
        if (item.projectId() != null) {
            json.add("projectId", item.projectId());
        } else {
            json.addNull("projectId");
        }
        return json.build();
    }

    private Locale locale() {
        return DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
