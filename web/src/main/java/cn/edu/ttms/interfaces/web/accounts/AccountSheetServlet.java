package cn.edu.ttms.interfaces.web.accounts;

import cn.edu.ttms.application.account.AccountSheetFile;
import cn.edu.ttms.application.account.TeacherAccounts;
import cn.edu.ttms.domain.model.account.AccountSheetFetched;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.infrastructure.i18n.DomainMessages;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /app/accounts/sheet?id=…} (one school's sheet, xlsx) and {@code ?unitId=…} (every sheet of
 * the unit not fetched yet, zip): the page's downloads. Each sheet is fetched once; a second try
 * answers 410 with the explanation, a sheet out of scope 404.
 */
@WebServlet("/app/accounts/sheet")
public class AccountSheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TeacherAccounts teacherAccounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/login.xhtml";
        AccountSheetFile file;
        boolean zip = request.getParameter("unitId") != null;
        try {
            file = zip ? teacherAccounts.fetchUnfetched(number(request.getParameter("unitId")), address)
                    : teacherAccounts.fetch(number(request.getParameter("id")), address);
        } catch (NumberFormatException | RecordNotFound | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccountSheetFetched gone) {
            response.setStatus(HttpServletResponse.SC_GONE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(DomainMessages.of(gone, DomainMessages.fromAcceptLanguage(request.getHeader("Accept-Language"))));
            return;
        }
        String extension = zip ? ".zip" : ".xlsx";
        response.setContentType(zip ? "application/zip" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Cache-Control", "no-store");
        String name = file.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + extension;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fallbackName() + extension
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    private static long number(String text) {
        return Long.parseLong(String.valueOf(text).strip());
    }
}
