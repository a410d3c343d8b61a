package cn.edu.ttms.interfaces.web.admin;

import cn.edu.ttms.application.organisation.OrganisationImport;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** {@code /app/admin/units-template.xlsx}: the template of the units import (the same as the API's). */
@WebServlet("/app/admin/units-template.xlsx")
public class UnitTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationImport imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            imports.writeTemplate(file);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"units-template.xlsx\"; filename*=UTF-8''"
                        + "%E5%8D%95%E4%BD%8D%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx");
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }
}
