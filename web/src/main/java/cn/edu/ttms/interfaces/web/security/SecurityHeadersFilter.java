package cn.edu.ttms.interfaces.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every answer, error pages included. Answers the sign-in
 * mechanism writes itself (401 on the API, the redirect to the sign-in page) come before any
 * filter: {@link TtmsAuthenticationMechanism} sets the same headers there.
 */
@WebFilter(
        filterName = "securityHeaders",
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api-docs/")) {
            response.setHeader(SecurityHeaders.POLICY, SecurityHeaders.REFERENCE_POLICY);
        }
        chain.doFilter(request, new PagePolicy(response));
    }

    /**
     * A page's own policy (PrimeFaces adds it while rendering) takes the place of the strict one:
     * two policies would both apply, and the strict one would block the page's scripts.
     */
    static final class PagePolicy extends HttpServletResponseWrapper {

        PagePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
