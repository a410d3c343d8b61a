package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.ResultSheetExport;
import cn.edu.ttms.interfaces.web.shell.XlsxDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.io.OutputStream;

/** {@code /app/results/sheet.xlsx?id=}: a batch's grid as .xlsx, to fill in offline and upload again. */
@WebServlet("/app/results/sheet.xlsx")
public class ResultSheetServlet extends XlsxDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResultSheetExport export;

    @Override
    protected String write(long id, OutputStream out) {
        String name = export.write(id, out);
        return name.endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
    }

    @Override
    protected String fallbackName(long id) {
        return "results-" + id;
    }
}
