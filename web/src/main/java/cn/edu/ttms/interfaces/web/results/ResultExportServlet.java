package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.BatchExport;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The batch page's "导出验证包" link: {@code /app/results/export.zip?id=…}, the same package as the API's
 * {@code /result-batches/{id}/export} (snapshots, signatures, certificates, README with the openssl
 * commands) under the signed-in session. A batch the caller may not see answers 404, as one that does
 * not exist; the export is audited as personal data by the service.
 */
@WebServlet("/app/results/export.zip")
public class ResultExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BatchExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BatchExport.Zip zip;
        try {
            zip = export.export(id);
        } catch (RecordNotFound | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Cache-Control", "no-store"); // identity numbers are in the snapshots
        response.setHeader("Content-Disposition", "attachment; filename=\"" + zip.fileName() + "\"");
        response.setContentLength(zip.bytes().length);
        response.getOutputStream().write(zip.bytes());
    }
}
