package cn.edu.ttms.interfaces.web.shell;

import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A spreadsheet download of one record ({@code ?id=}), as .xlsx or, with {@code &format=csv}, as CSV
 * in GBK for older tools: the file is written first, so that a record out of the caller's scope, a
 * role that may not read it, or a bad id all answer 404 before any byte is sent (an unknown format
 * 400); the name goes out as RFC 5987 UTF-8 with an ASCII fallback.
 */
public abstract class XlsxDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Writes the file of record {@code id} and returns its name without the extension. */
    protected abstract String write(long id, ExportFormat format, OutputStream out);

    /** The ASCII fallback name, e.g. {@code plan-12}. */
    protected abstract String fallbackName(long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = format(request);
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        String name;
        try {
            name = write(id, format.get(), file);
        } catch (RecordNotFound | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, format.get(), fallbackName(id), name, file);
    }

    /** The {@code format} parameter: none or {@code xlsx} is .xlsx, {@code csv} the CSV; empty for another. */
    public static Optional<ExportFormat> format(HttpServletRequest request) {
        return ExportFormat.named(request.getParameter("format"));
    }

    /** Sends a written file: its type, no caching (personal data may be in it), its name in both forms. */
    public static void send(
            HttpServletResponse response,
            ExportFormat format,
            String fallbackName,
            String name,
            ByteArrayOutputStream file)
            throws IOException {
        response.setContentType(
                format == ExportFormat.CSV ? "text/csv;charset=" + ExportFormat.CSV_CHARSET.name() : XLSX_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + fallbackName + "." + format.extension() + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName(name, format), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }

    /** A name as a file name of the format: characters that no file system takes become _. */
    public static String fileName(String name, ExportFormat format) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + "." + format.extension();
    }
}
