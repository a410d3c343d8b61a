package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.application.enrolment.RosterExport;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The project page's "导出名单 (xlsx)" link: {@code /app/projects/roster.xlsx?id=…}, the consolidated
 * roster (参培学员名单汇总表) of the trainees the caller may see, logged per trainee. A project whose
 * roster the caller may not read gets 404, as one that does not exist.
 */
@WebServlet("/app/projects/roster.xlsx")
public class RosterExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RosterExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        String project;
        try {
            project = export.exportXlsx(id, file);
        } catch (RecordNotFound | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Cache-Control", "no-store"); // full identity numbers
        response.setHeader("Content-Disposition", "attachment; filename=\"roster-" + id + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName(project), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }

    /** The project's name and the form's title as a file name: characters that no file system takes become _. */
    static String fileName(String projectName) {
        return (projectName + "参培学员名单汇总表").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + ".xlsx";
    }
}
