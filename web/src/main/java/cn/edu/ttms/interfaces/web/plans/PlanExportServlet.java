package cn.edu.ttms.interfaces.web.plans;

import cn.edu.ttms.application.plan.PlanOverview;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.interfaces.web.shell.XlsxDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.io.OutputStream;

/**
 * The plan page's "export" link: {@code /app/plans/export.xlsx?id=…} ({@code &format=csv}: CSV in GBK,
 * which imports back as well), the plan in the bureau's own
 * table (the Chenzhou 2018 layout), which imports back as the same plan. A plan outside the caller's
 * scope, or a caller who may not see plans, gets 404, as for a plan that does not exist.
 */
@WebServlet("/app/plans/export.xlsx")
public class PlanExportServlet extends XlsxDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanOverview overview;

    @Override
    protected String write(long id, ExportFormat format, OutputStream out) {
        return overview.export(id, format, out).name();
    }

    @Override
    protected String fallbackName(long id) {
        return "plan-" + id;
    }
}
