package cn.edu.ttms.standalone;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Names the local URL in the start-up log. Payara Micro lists its URLs under the machine's network
 * name, which is not what a user on the same machine should type. Standalone (Micro) only.
 */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String path = event.getServletContext().getContextPath();
        httpPort().ifPresent(port -> LOG.info(() -> "教师培训管理系统 TTMS: open http://localhost:" + port + path + "/"));
    }

    /** The Micro runtime's HTTP port, read reflectively so that this class has no compile-time tie to Micro. */
    private static java.util.Optional<Integer> httpPort() {
        try {
            Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
            Object instance = micro.getMethod("getInstance").invoke(null);
            return java.util.Optional.of(
                    (Integer) micro.getMethod("getHttpPort").invoke(instance));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return java.util.Optional.empty();
        }
    }
}
