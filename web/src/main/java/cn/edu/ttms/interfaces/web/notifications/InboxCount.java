package cn.edu.ttms.interfaces.web.notifications;

import cn.edu.ttms.application.notification.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The unread count beside 消息 in the menu of every page, asked once per request. */
@Named
@RequestScoped
public class InboxCount {

    private static final Logger LOG = Logger.getLogger(InboxCount.class.getName());

    @Inject
    Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            try {
                unread = notifications.unreadCount();
            } catch (RuntimeException e) { // the menu must not take the page down with it
                LOG.log(Level.FINE, "unread count unavailable", e);
                unread = 0L;
            }
        }
        return unread;
    }
}
