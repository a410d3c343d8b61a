package cn.edu.ttms.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks the session cookie {@code Secure} when {@code app.cookie.secure=true} (MicroProfile Config:
 * {@code -Dapp.cookie.secure=true} or {@code APP_COOKIE_SECURE=true}). Set it wherever users reach
 * the application over HTTPS, in particular when TLS ends at a proxy in front of it: the server
 * then sees plain HTTP and would not mark the cookie itself. HttpOnly and SameSite=Lax are in
 * web.xml; the cookie's settings can only change while the application starts, hence a listener.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    @Inject
    @ConfigProperty(name = "app.cookie.secure", defaultValue = "false")
    boolean secure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (secure) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("app.cookie.secure=true: the session cookie is sent over HTTPS only");
        }
    }
}
