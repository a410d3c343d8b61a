package cn.edu.ttms.interfaces.web.documents;

import cn.edu.ttms.application.archive.Archives;
import cn.edu.ttms.application.document.Certificates;
import cn.edu.ttms.application.document.IssuedPdf;
import cn.edu.ttms.application.document.Transcripts;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.document.CertificateZip;
import cn.edu.ttms.interfaces.rest.document.DocumentDownloads;
import cn.edu.ttms.interfaces.shared.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The pages' downloads of signed documents (issue 18): the same services as the API, under the page's
 * session. A refusal answers the status the API would, with the reason in the reader's language.
 */
@WebServlet({"/app/documents/transcript.pdf", "/app/documents/certificate.pdf", "/app/documents/certificates.zip"})
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Transcripts transcripts;

    @Inject
    Certificates certificates;

    @Inject
    Archives archives;

    @Inject
    PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = address.base(request);
        try {
            switch (request.getServletPath()) {
                case "/app/documents/transcript.pdf" -> {
                    long teacher = id(request, "teacherId");
                    String cycle = request.getParameter("cycleStart");
                    int start = cycle == null || cycle.isBlank()
                            ? archives.currentCycleStart(teacher)
                            : Math.toIntExact(id(request, "cycleStart")); // the service refuses a year out of range
                    send(response, transcripts.transcript(teacher, start, base));
                }
                case "/app/documents/certificate.pdf" ->
                    send(response, certificates.ofTeacher(id(request, "teacherId"), id(request, "projectId"), base));
                default -> {
                    long project = id(request, "projectId");
                    List<IssuedPdf> all = certificates.ofProject(project, base);
                    String name = certificates.projectName(project);
                    byte[] zip = CertificateZip.of(all, name);
                    response.setContentType("application/zip");
                    response.setHeader("Content-Disposition", DocumentDownloads.disposition("结业证书-" + name + ".zip"));
                    response.setHeader("Cache-Control", "no-store");
                    response.setContentLength(zip.length);
                    response.getOutputStream().write(zip);
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (DomainException e) {
            int status = switch (e.kind()) {
                case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
                case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                case CONFLICT -> HttpServletResponse.SC_CONFLICT;
                default -> 422;
            };
            response.setStatus(status);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(DomainMessages.of(e, request.getLocale()));
        }
    }

    private static void send(HttpServletResponse response, IssuedPdf pdf) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", DocumentDownloads.disposition(pdf.fileName()));
        response.setHeader("X-Verification-Code", pdf.code());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.pdf().length);
        response.getOutputStream().write(pdf.pdf());
    }

    private static long id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw new NumberFormatException(name + " missing");
        }
        return Long.parseLong(value.strip());
    }
}
