package cn.edu.ttms.interfaces.web;

import cn.edu.ttms.interfaces.shared.RequestId;
import cn.edu.ttms.interfaces.shared.RequestLog;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The first filter of every request (declared in web.xml so that it comes first): gives the request its id, keeps it
 * as the thread's current one for the problem documents, and writes the request's log line when the answer is made.
 *
 * <p>While the request runs, its thread's name carries the id ({@code … requestId=…}): Payara's log formats (ODL and
 * JSON) write the thread's name on every record, so each line that the application or the server logs while handling
 * the request can be found by the id. JUL has no per-request context of its own, and a formatter of ours could not
 * be loaded by Payara's logging (docs/decisions.md, "Request log").
 *
 * <p>Requests that the sign-in mechanism answers itself (401 on the API, the way to the sign-in page) never reach a
 * filter: the mechanism writes their line.
 */
public class RequestLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set while the filter handles the request: the mechanism then leaves the line to it. */
    public static final String HANDLING = RequestLogFilter.class.getName() + ".handling";

    @Inject
    transient RequestLog log;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestId.Seen seen = RequestId.of(request, response);
        request.setAttribute(HANDLING, Boolean.TRUE);
        String user = request.getRemoteUser();
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        thread.setName(threadName + " requestId=" + seen.id());
        boolean failed = true;
        try (RequestId.Scope scope = RequestId.enter(seen.id())) {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!response.isCommitted()) {
                // a filter that reset the response (to answer 413 instead) took the header with it
                response.setHeader(RequestId.HEADER, seen.id());
            }
            // an exception that escapes becomes the container's 500 after this filter
            int status = failed && !response.isCommitted() ? 500 : response.getStatus();
            log.write(request, status, seen, user != null ? user : request.getRemoteUser());
            thread.setName(threadName);
        }
    }
}
