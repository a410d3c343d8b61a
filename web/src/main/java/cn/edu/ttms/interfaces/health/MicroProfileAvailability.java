package cn.edu.ttms.interfaces.health;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Says once at start-up, in plain words, which MicroProfile features this server lacks and what
 * the application does without them. GlassFish 7 has MicroProfile Config but neither Health nor
 * OpenAPI: the health checks of this package are then not loaded (the server logs that it could
 * not load their classes) and the application runs on without them. Payara has both and logs
 * nothing here.
 */
@WebListener
public class MicroProfileAvailability implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(MicroProfileAvailability.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!available("org.eclipse.microprofile.health.HealthCheck")) {
            LOG.warning("MicroProfile Health is not available on this server: /health/ready and /health/live are"
                    + " not served; monitor /login.xhtml instead");
        }
        if (!available("org.eclipse.microprofile.openapi.OASFilter")) {
            LOG.warning("MicroProfile OpenAPI is not available on this server: /openapi is not served");
        }
    }

    private static boolean available(String className) {
        try {
            Class.forName(className, false, MicroProfileAvailability.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
