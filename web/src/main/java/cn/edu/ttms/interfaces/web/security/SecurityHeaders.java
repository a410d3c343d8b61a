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

    /**
     * For the API reference at /api-docs/ (Swagger UI, served by the application): its own scripts
     * and style sheets, the OpenAPI document fetched from here, inline style attributes and data:
     * images that Swagger UI draws; nothing from elsewhere, never framed.
     */
    public static final String REFERENCE_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                    + "form-action 'none'";

    private SecurityHeaders() {}

    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        // for browsers that do not know frame-ancestors
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(POLICY, STRICT_POLICY);
    }
}
