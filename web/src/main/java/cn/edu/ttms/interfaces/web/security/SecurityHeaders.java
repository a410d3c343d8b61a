package cn.edu.ttms.interfaces.web.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, pages, style sheets, downloads and the API alike: no sniffing
 * of content types, no address sent to other sites, never shown inside another site's frame, and
 * a policy that loads nothing. A page replaces that policy with its own (PrimeFaces writes it with
 * the page's script nonce, see {@code primefaces.CSP_POLICY} in web.xml).
 */
public final class SecurityHeaders {

    public static final String POLICY = "Content-Security-Policy";
    /** For every answer that is not a page: JSON, images, style sheets, scripts, spreadsheets. */
    public static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        // for browsers that do not know frame-ancestors
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(POLICY, STRICT_POLICY);
    }
}
