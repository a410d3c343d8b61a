package cn.edu.ttms.interfaces.web;

import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.infrastructure.persistence.migration.DatabaseMigration;
import cn.edu.ttms.infrastructure.persistence.migration.DatabaseState;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import cn.edu.ttms.interfaces.rest.problem.ProblemTexts;
import jakarta.inject.Inject;
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
 * A node whose database was upgraded by a newer release refuses to serve (503, saying why, in the caller's
 * language) instead of reading and writing a schema it does not know; readiness says the same to the load
 * balancer, which is why {@code /health} passes.
 */
@WebFilter(filterName = "schemaGate", urlPatterns = "/*", asyncSupported = true)
public class SchemaGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DatabaseMigration migration;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (migration.state() != DatabaseState.SCHEMA_NEWER || path.startsWith("/health")) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = DomainMessages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        String title = ProblemTexts.get("api.unavailable", locale);
        String detail = ProblemTexts.get("api.schemaNewer", locale);
        if (path.startsWith("/api/")) {
            Problem.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, title, detail);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write(("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                                + "<title>" + escape(title) + "</title></head><body><h1>" + escape(title) + "</h1><p>"
                                + escape(detail) + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
