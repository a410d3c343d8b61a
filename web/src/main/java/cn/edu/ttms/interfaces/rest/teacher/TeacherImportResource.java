package cn.edu.ttms.interfaces.rest.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.teacher.ImportMode;
import cn.edu.ttms.application.teacher.TeacherImport;
import cn.edu.ttms.application.teacher.TeacherImportRefused;
import cn.edu.ttms.application.teacher.TeacherImportReport;
import cn.edu.ttms.infrastructure.i18n.DomainMessages;
import cn.edu.ttms.interfaces.rest.ImportErrors;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code POST /api/v1/teachers/import?dryRun=true|false&validRowsOnly=false}: multipart {@code file}
 * (xlsx, xls, or CSV in UTF-8/GBK). A dry run changes nothing; an import with problems is refused
 * whole (422 with {@code errors}) unless {@code validRowsOnly=true}.
 */
@ApplicationScoped
@Path("v1/teachers/import")
@Produces(MediaType.APPLICATION_JSON)
public class TeacherImportResource {

    @Inject
    cn.edu.ttms.interfaces.rest.upload.Uploads uploads;

    @Inject
    TeacherImport imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importTeachers(@FormParam("file") EntityPart file,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("validRowsOnly") @DefaultValue("false") boolean validRowsOnly) throws IOException {
        byte[] content = uploads.content(file);
        String name = file.getFileName().orElse("upload");
        Locale locale = DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        try {
            TeacherImportReport report = dryRun ? imports.preview(content, name)
                    : imports.importTeachers(content, name, validRowsOnly ? ImportMode.VALID_ROWS_ONLY : ImportMode.ALL_OR_NOTHING);
            return Response.ok(JsonBuilders.createObjectBuilder().add("rows", report.rows()).add("valid", report.valid())
                    .add("imported", report.imported()).add("errors", ImportErrors.json(report.problems(), locale)).build()).build();
        } catch (TeacherImportRefused refused) {
            return Problem.of(422, DomainMessages.format("import.refused.title", java.util.List.of(), locale),
                    DomainMessages.of(refused, locale), ImportErrors.json(refused.report().problems(), locale));
        }
    }
}
