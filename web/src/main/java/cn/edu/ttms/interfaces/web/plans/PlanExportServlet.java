package cn.edu.ttms.interfaces.web.plans;

import cn.edu.ttms.application.plan.PlanOverview;
import cn.edu.ttms.application.plan.PlanSummary;
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
 * The plan page's "export" link: {@code /app/plans/export.xlsx?id=…}, the plan in the bureau's own
 * table (the Chenzhou 2018 layout), which imports back as the same plan. A plan outside the caller's
 * scope, or a caller who may not see plans, gets 404, as for a plan that does not exist.
 */
@WebServlet("/app/plans/export.xlsx")
public class PlanExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanOverview overview;

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
        PlanSummary plan;
        try {
            plan = overview.exportXlsx(id, file);
        } catch (RecordNotFound | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"plan-" + id + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName(plan.name()), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }

    /** The plan's name as a file name: characters that no file system takes become _. */
    static String fileName(String planName) {
        return planName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + ".xlsx";
    }
}
