package cn.edu.ttms.interfaces.web.notifications;

import cn.edu.ttms.application.notification.InboxItem;
import cn.edu.ttms.application.notification.Notifications;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.PagedModel;
import cn.edu.ttms.interfaces.web.shell.Times;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.primefaces.model.LazyDataModel;

/** app/me/inbox.xhtml (消息): the signed-in person's notices, newest first, the unread ones in bold. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    private LazyDataModel<InboxItem> items;

    @PostConstruct
    void init() {
        items = new PagedModel<>(this::page, this::count, InboxItem::id);
    }

    private java.util.List<InboxItem> page(int first, int max) {
        return notifications.inbox(first, max);
    }

    private long count() {
        return notifications.count();
    }

    public void markRead(InboxItem item) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            notifications.markRead(item.id());
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    /** The notice's text in the page's language. */
    public String message(InboxItem item) {
        return item.message(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String shown(Instant at) {
        return Times.shown(at);
    }

    public LazyDataModel<InboxItem> getItems() {
        return items;
    }
}
