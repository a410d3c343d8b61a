package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.application.enrolment.RosterExport;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.interfaces.web.shell.XlsxDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.io.OutputStream;

/**
 * The project page's "导出名单 (xlsx)" link: {@code /app/projects/roster.xlsx?id=…} ({@code &format=csv}:
 * CSV in GBK), the consolidated
 * roster (参培学员名单汇总表) of the trainees the caller may see, logged per trainee. A project whose
 * roster the caller may not read gets 404, as one that does not exist.
 */
@WebServlet("/app/projects/roster.xlsx")
public class RosterExportServlet extends XlsxDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    RosterExport export;

    @Override
    protected String write(long id, ExportFormat format, OutputStream out) {
        return export.export(id, format, out) + "参培学员名单汇总表";
    }

    @Override
    protected String fallbackName(long id) {
        return "roster-" + id;
    }
}
