package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.application.material.MaterialContent;
import cn.edu.ttms.application.material.ProjectMaterials;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.document.DocumentDownloads;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The project page's download of one of its materials ({@code ?projectId=&id=}): the same service as the
 * API, under the page's session; a refusal answers the status the API would.
 */
@WebServlet("/app/projects/material")
public class MaterialDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectMaterials materials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            MaterialContent file = materials.download(id(request, "projectId"), id(request, "id"));
            response.setContentType(file.contentType());
            response.setHeader("Content-Disposition", DocumentDownloads.disposition(file.fileName()));
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(file.content().length);
            response.getOutputStream().write(file.content());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (DomainException e) {
            response.setStatus(
                    switch (e.kind()) {
                        case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
                        case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                        case CONFLICT -> HttpServletResponse.SC_CONFLICT;
                        default -> 422;
                    });
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(DomainMessages.of(e, request.getLocale()));
        }
    }

    private static long id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw new NumberFormatException(name + " missing");
        }
        return Long.parseLong(value.strip());
    }
}
