package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.ResultSheetExport;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.interfaces.web.shell.XlsxDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.io.OutputStream;

/**
 * {@code /app/results/sheet.xlsx?id=}: a batch's grid as .xlsx, to fill in offline and upload again
 * ({@code &format=csv}: as CSV in GBK).
 */
@WebServlet("/app/results/sheet.xlsx")
public class ResultSheetServlet extends XlsxDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResultSheetExport export;

    @Override
    protected String write(long id, ExportFormat format, OutputStream out) {
        String name = export.write(id, format, out);
        String extension = "." + format.extension();
        return name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
    }

    @Override
    protected String fallbackName(long id) {
        return "results-" + id;
    }
}
