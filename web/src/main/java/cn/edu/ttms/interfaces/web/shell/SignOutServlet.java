package cn.edu.ttms.interfaces.web.shell;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.domain.model.audit.AuditAction;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;

/**
 * Sign-out: a POST (so that a link in an e-mail cannot sign anyone out), from a page of this site
 * only (so that another site's form cannot either), recorded, session gone.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (request.getUserPrincipal() != null) {
            audit.recordAs(request.getUserPrincipal().getName(), AuditAction.SIGN_OUT, "UserAccount", null, null, null);
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }

    /**
     * Browsers say where a request comes from: Sec-Fetch-Site (current browsers, computed by the
     * browser itself, so it holds behind a proxy that rewrites Host), else Origin, else Referer,
     * compared with the Host asked for. A request with none of them comes from no browser (curl,
     * a script), which a cross-site attack cannot use: it would need the victim's cookie.
     */
    static boolean fromThisSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site);
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameHost(origin, request.getHeader("Host"));
        }
        String referer = request.getHeader("Referer");
        return referer == null || sameHost(referer, request.getHeader("Host"));
    }

    private static boolean sameHost(String url, String host) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || host == null) {
                return false; // "Origin: null" (a sandboxed frame, a privacy redirect) is no page of ours
            }
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host.strip());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
