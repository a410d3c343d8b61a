package cn.edu.ttms.interfaces.web.security;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import cn.edu.ttms.interfaces.rest.problem.ProblemTexts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Holds every signed-in request against the account as it stands now, read once per request
 * (the same read the services use):
 * <ul>
 * <li>a disabled or deleted account is signed out at once (401 on the API, the sign-in page for
 * pages) — not at the end of a session or of the API's credential minute;</li>
 * <li>roles changed since sign-in: the session is ended, so that the container's roles and the
 * data scope never disagree;</li>
 * <li>an account still on a one-time password may only set its own password: pages lead to the
 * change form, the API answers 403 except {@code GET /api/v1/me} and {@code POST /api/v1/me/password}.</li>
 * </ul>
 */
@WebFilter(
        filterName = "accountGate",
        urlPatterns = {"/app/*", "/api/*"},
        asyncSupported = true)
public class AccountGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PASSWORD_PAGE = "/app/account/password.xhtml";

    @Inject
    CurrentCaller caller;

    @Inject
    ApiCredentialCache credentials;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = path(request).startsWith("/api/");
        Caller standing;
        try {
            standing = caller.get();
        } catch (SecurityException gone) {
            signOut(request, response, api, "account.gone");
            return;
        }
        if (!standing.enabled()) {
            signOut(request, response, api, "account.disabled");
            return;
        }
        if (rolesChanged(request, standing)) {
            signOut(request, response, api, "account.changed");
            return;
        }
        if (standing.passwordChangeRequired() && !mayWhileOneTime(request, api)) {
            if (api) {
                problem(
                        request,
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "api.forbidden",
                        "password.changeRequired");
            } else {
                redirect(request, response, request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean rolesChanged(HttpServletRequest request, Caller standing) {
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name()) != standing.holds(role)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayWhileOneTime(HttpServletRequest request, boolean api) {
        String path = path(request);
        if (api) {
            return "GET".equals(request.getMethod()) && path.equals("/api/v1/me")
                    || "POST".equals(request.getMethod()) && path.equals("/api/v1/me/password");
        }
        return path.equals(PASSWORD_PAGE);
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response, boolean api, String why)
            throws IOException {
        credentials.forget(request.getUserPrincipal().getName());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (api) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ttms\", charset=\"UTF-8\"");
            problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.unauthorized", why);
        } else {
            redirect(
                    request,
                    response,
                    request.getContextPath() + TtmsAuthenticationMechanism.LOGIN_PAGE + "?reason=" + why);
        }
    }

    /** A JSF Ajax request cannot follow a 302: it is told to go there in a partial response. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }

    private static void problem(
            HttpServletRequest request, HttpServletResponse response, int status, String titleKey, String detailKey)
            throws IOException {
        Locale locale = DomainMessages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        Problem.write(
                response,
                status,
                ProblemTexts.get(titleKey, locale),
                DomainMessages.format(detailKey, List.of(), locale));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
