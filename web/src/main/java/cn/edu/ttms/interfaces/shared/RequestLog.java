package cn.edu.ttms.interfaces.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One log line per request on the logger {@code cn.edu.ttms.request}: method, path, status, duration, the signed-in
 * user and the request id. The path goes without its query string, which may carry names and identity numbers.
 * Style sheets, scripts and images, and the balancer's health probes, are logged at FINE (hidden at the default
 * level): they would outnumber the requests that tell what users did (docs/decisions.md, "Request log").
 *
 * <p>The fields also travel as a map parameter, which Payara's JSON formatter writes as fields of their own; the
 * text formatters ignore it (the message has no placeholder).
 */
@ApplicationScoped
public class RequestLog {

    static final Logger LOG = Logger.getLogger("cn.edu.ttms.request");

    private static final String[] QUIET_PREFIXES = {"/jakarta.faces.resource/", "/resources/", "/health"};

    @Inject
    @ConfigProperty(name = "app.log.requests", defaultValue = "true")
    boolean enabled;

    /** Writes the line of a request answered with {@code status}; {@code user} may be null. */
    public void write(HttpServletRequest request, int status, RequestId.Seen seen, String user) {
        if (!enabled) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Level level = quiet(path) ? Level.FINE : Level.INFO;
        if (!LOG.isLoggable(level)) {
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - seen.startNanos());
        // braces would be read as a message pattern by the formatters
        String shownPath = path.replace("{", "%7B").replace("}", "%7D");
        StringBuilder message = new StringBuilder()
                .append(request.getMethod())
                .append(' ')
                .append(shownPath)
                .append(' ')
                .append(status)
                .append(' ')
                .append(millis)
                .append(" ms");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestId", seen.id());
        fields.put("method", request.getMethod());
        fields.put("path", shownPath);
        fields.put("status", String.valueOf(status));
        fields.put("durationMs", String.valueOf(millis));
        if (user != null) {
            String shownUser = user.replace("{", "%7B").replace("}", "%7D");
            message.append(" user=").append(shownUser);
            fields.put("user", shownUser);
        }
        message.append(" requestId=").append(seen.id());
        LOG.log(level, message.toString(), fields);
    }

    static boolean quiet(String path) {
        for (String prefix : QUIET_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
