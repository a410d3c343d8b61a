package cn.edu.ttms.interfaces.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of one request, to find it in the log from what the caller saw: sent back as {@code X-Request-Id}, written
 * into every problem document ({@code requestId}) and on the request's log line. An id that comes with the request
 * (the balancer's, or a calling system's) is kept when it is short and made only of letters, digits and
 * {@code . _ : -}; anything else is replaced, so that no caller can write arbitrary text into the log.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";

    private static final String ATTRIBUTE = RequestId.class.getName();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {}

    /** The id and the moment a request was first seen (the sign-in mechanism runs before every filter). */
    public record Seen(String id, long startNanos) {}

    /**
     * This request's id, established the first time it is asked for: the incoming one when well formed, otherwise a
     * new one; the response carries it from then on.
     */
    public static Seen of(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(ATTRIBUTE) instanceof Seen seen) {
            return seen;
        }
        Seen seen = new Seen(accept(request.getHeader(HEADER)), System.nanoTime());
        request.setAttribute(ATTRIBUTE, seen);
        response.setHeader(HEADER, seen.id());
        return seen;
    }

    /** The incoming id if it is well formed, else a new random one. */
    static String accept(String incoming) {
        return incoming != null && WELL_FORMED.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    /** The id of the request this thread is answering, for code that has no request at hand (problem documents). */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes {@code id} the thread's current one until the returned scope is closed. */
    public static Scope enter(String id) {
        String before = CURRENT.get();
        CURRENT.set(id);
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    /** The span of a request on its thread. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
