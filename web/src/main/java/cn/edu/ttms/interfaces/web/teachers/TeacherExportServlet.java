package cn.edu.ttms.interfaces.web.teachers;

import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.application.teacher.TeacherExport;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import cn.edu.ttms.interfaces.web.shell.XlsxDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The registry's "export" buttons: the filtered teachers in scope as .xlsx, or with {@code
 * &format=csv} as CSV in GBK for older tools (logged per teacher).
 */
@WebServlet("/app/teachers/export.xlsx")
public class TeacherExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TeacherExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = XlsxDownload.format(request);
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String stage = request.getParameter("stage");
        TeacherQuery query = new TeacherQuery(
                request.getParameter("q"),
                null,
                request.getParameter("subject"),
                stage == null || stage.isBlank() ? null : SchoolStage.valueOf(stage),
                null,
                null,
                false);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        export.export(query, format.get(), file);
        XlsxDownload.send(response, format.get(), "teachers", "教师名册", file);
    }
}
