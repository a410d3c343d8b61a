package cn.edu.ttms.interfaces.web.teachers;

import cn.edu.ttms.application.teacher.TeacherExport;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The registry's "export" button: the filtered teachers in scope as .xlsx (logged per teacher). */
@WebServlet("/app/teachers/export.xlsx")
public class TeacherExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TeacherExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
        export.exportXlsx(query, file);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode("教师名册.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }
}
