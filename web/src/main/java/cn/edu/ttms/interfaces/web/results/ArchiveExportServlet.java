package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.archive.ArchiveExport;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.interfaces.web.shell.XlsxDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.io.OutputStream;

/**
 * The archive pages' download: {@code /app/teachers/archive.xlsx?id=…} ({@code &format=csv}: CSV in
 * GBK), the teacher's own from 我的培训档案 and any in scope from the staff view. A teacher out of the
 * caller's scope answers 404; a staff download is recorded for the teacher by the service.
 */
@WebServlet("/app/teachers/archive.xlsx")
public class ArchiveExportServlet extends XlsxDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    ArchiveExport export;

    @Override
    protected String write(long teacherId, ExportFormat format, OutputStream out) {
        return export.export(teacherId, format, out);
    }

    @Override
    protected String fallbackName(long teacherId) {
        return "archive-" + teacherId;
    }
}
