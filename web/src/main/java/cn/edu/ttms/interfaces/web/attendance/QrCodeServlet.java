package cn.edu.ttms.interfaces.web.attendance;

import cn.edu.ttms.application.attendance.Attendance;
import cn.edu.ttms.application.attendance.IssuedToken;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.shared.QrCodes;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /app/attendance/qr.png?session=…}: the session's QR code with a fresh token, for the adviser's
 * page (which loads it again before the token expires). Only for those who run the session's
 * attendance; anyone else gets 404, as for a session that does not exist.
 */
@WebServlet("/app/attendance/qr.png")
public class QrCodeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Attendance attendance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long session;
        try {
            session = Long.parseLong(
                    String.valueOf(request.getParameter("session")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        IssuedToken token;
        try {
            token = attendance.token(session);
        } catch (DomainException | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png = QrCodes.png(QrCodes.attendUrl(base(request), token.token()));
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "no-store"); // a new token every time
        response.setDateHeader("Expires", token.expiresAt().toEpochMilli());
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }

    /** {@code scheme://host:port/context/} as the adviser's browser reached the application. */
    static String base(HttpServletRequest request) {
        StringBuilder url = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        if (!("http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443)) {
            url.append(':').append(port);
        }
        return url.append(request.getContextPath()).append('/').toString();
    }
}
