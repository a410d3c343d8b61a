package cn.edu.ttms.interfaces.web.shell;

import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that fails shows the application's own error page, never the server's (which names the
 * exception and the server's version). A role that may not do what the page asked (the service's
 * {@code @RolesAllowed} said no) or a record out of scope is "not found", as everywhere; anything
 * else is logged here and answered with the 500 page of web.xml. An expired view keeps its own
 * page. Ajax requests are left to Faces: their partial response never shows a server page.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && !context.getPartialViewContext().isAjaxRequest()) {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (find(failure, ViewExpiredException.class) != null) {
                    continue; // web.xml maps it to its own page
                }
                events.remove();
                answer(context, failure);
                break;
            }
            // the response is sent: later failures of the same request are only logged
            events.forEachRemaining(e -> LOG.log(
                    Level.FINE,
                    "Further failure of the same page",
                    e.getContext().getException()));
        }
        getWrapped().handle();
    }

    private static void answer(FacesContext context, Throwable failure) {
        boolean notForYou = find(failure, EJBAccessException.class) != null
                || find(failure, AccessLocalException.class) != null
                || find(failure, RecordNotFound.class) != null;
        if (!notForYou) {
            LOG.log(Level.SEVERE, "A page failed", failure);
        }
        ExternalContext external = context.getExternalContext();
        if (!external.isResponseCommitted()) {
            try {
                external.responseReset();
                external.responseSendError(notForYou ? 404 : 500, null);
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "The error page could not be sent", e);
            }
        }
        context.responseComplete();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
