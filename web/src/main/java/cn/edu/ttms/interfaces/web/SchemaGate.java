package cn.edu.ttms.interfaces.web;

import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.infrastructure.persistence.migration.DatabaseMigration;
import cn.edu.ttms.infrastructure.persistence.migration.DatabaseState;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import cn.edu.ttms.interfaces.rest.problem.ProblemTexts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Answers 503 with a page (or a problem document under {@code /api/}) in the caller's language while the
 * application cannot serve: while it starts (the schema is being migrated, the start-up tasks run), while its
 * database does not answer (the application is deployed and keeps retrying), and for good on a node whose
 * database was upgraded by a newer release, which must not read and write a schema it does not know. Without
 * this, those moments answered an empty 500. Readiness says the same to the load balancer, which is why
 * {@code /health} passes.
 */
@WebFilter(filterName = "schemaGate", urlPatterns = "/*", asyncSupported = true)
public class SchemaGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        DatabaseState state = DatabaseMigration.stateNow();
        if (state == DatabaseState.READY || state == DatabaseState.MIGRATION_FAILED || path.startsWith("/health")) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = DomainMessages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        boolean passing = state != DatabaseState.SCHEMA_NEWER;
        String title = ProblemTexts.get(passing ? "api.starting" : "api.unavailable", locale);
        String detail = ProblemTexts.get(
                switch (state) {
                    case UNREACHABLE -> "api.databaseUnreachable";
                    case SCHEMA_NEWER -> "api.schemaNewer";
                    default -> "api.startingDetail";
                },
                locale);
        if (passing) {
            response.setHeader("Retry-After", "5");
        }
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/api/")) {
            Problem.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, title, detail);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write(("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                + (passing ? "<meta http-equiv=\"refresh\" content=\"5\">" : "")
                                + "<title>" + escape(title) + "</title></head><body><h1 id=\"unavailable\">"
                                + escape(title) + "</h1><p>" + escape(detail) + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
