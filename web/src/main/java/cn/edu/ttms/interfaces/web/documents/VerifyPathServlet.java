package cn.edu.ttms.interfaces.web.documents;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /verify/{code}}, the address in every QR code: shows the verification page for the code. A
 * forward, not a redirect, so that the address people see (and may photograph) stays the printed one.
 */
@WebServlet("/verify/*")
public class VerifyPathServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute the page reads the code from. */
    static final String CODE = "ttms.verificationCode";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        request.setAttribute(CODE, path == null ? "" : path.replaceFirst("^/", ""));
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
