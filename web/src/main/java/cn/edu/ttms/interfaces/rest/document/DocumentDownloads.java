package cn.edu.ttms.interfaces.rest.document;

import cn.edu.ttms.application.document.IssuedPdf;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a PDF or zip download is answered: attachment with a Chinese file name (RFC 6266 / 5987). */
public final class DocumentDownloads {

    private DocumentDownloads() {}

    public static Response pdf(IssuedPdf pdf) {
        return Response.ok(pdf.pdf(), "application/pdf")
                .header("Content-Disposition", disposition(pdf.fileName()))
                .header("X-Verification-Code", pdf.code())
                .header("Cache-Control", "no-store")
                .build();
    }

    public static Response zip(byte[] zip, String fileName) {
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", disposition(fileName))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** An ASCII fallback for old clients and the UTF-8 name for the rest. */
    public static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
