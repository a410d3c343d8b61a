package cn.edu.ttms.interfaces.web.shell;

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

/**
 * A spreadsheet download of one record ({@code ?id=}): the file is written first, so that a record
 * out of the caller's scope, a role that may not read it, or a bad id all answer 404 before any byte
 * is sent; the name goes out as RFC 5987 UTF-8 with an ASCII fallback.
 */
public abstract class XlsxDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Writes the file of record {@code id} and returns its name without the extension. */
    protected abstract String write(long id, OutputStream out);

    /** The ASCII fallback name, e.g. {@code plan-12}. */
    protected abstract String fallbackName(long id);

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
        String name;
        try {
            name = write(id, file);
        } catch (RecordNotFound | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Cache-Control", "no-store"); // personal data may be in it
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + fallbackName(id) + ".xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName(name), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }

    /** A name as a file name: characters that no file system takes become _. */
    public static String fileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + ".xlsx";
    }
}
