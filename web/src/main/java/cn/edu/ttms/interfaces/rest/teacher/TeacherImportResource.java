package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.application.teacher.ImportMode;
import cn.edu.ttms.application.teacher.TeacherImport;
import cn.edu.ttms.application.teacher.TeacherImportRefused;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.ImportErrors;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import cn.edu.ttms.interfaces.rest.upload.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/teachers/import?dryRun=true|false&validRowsOnly=false}: multipart {@code file}
 * (xlsx, xls, or CSV in UTF-8/GBK). A dry run changes nothing; an import with problems is refused
 * whole (422 with {@code errors}) unless {@code validRowsOnly=true}. With {@code openAccounts=true}
 * the teachers the import creates get accounts at once (teacher accounts in bulk, issue 15).
 */
@ApplicationScoped
@Path("v1/teachers/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "teachers")
public class TeacherImportResource {

    @Inject
    Uploads uploads;

    @Inject
    TeacherImport imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importTeachers", summary = "从表格导入教师（dryRun=true 时只检查，不写入）")
    @APIResponse(
            responseCode = "200",
            description = "检查或导入的结果，逐行列出问题",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TeacherImportReport.class)))
    public Response importTeachers(
            // Payara resolves a reference here, not an implementation class; the schema is TeacherUploadForm's
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(ref = "#/components/schemas/TeacherImportUpload")))
                    @FormParam("file")
                    EntityPart file,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("validRowsOnly") @DefaultValue("false") boolean validRowsOnly,
            @Parameter(description = "为本次导入新建的教师开通账号（一次性密码在学校的账号表中，见 /api/v1/account-sheets）")
                    @QueryParam("openAccounts")
                    @DefaultValue("false")
                    boolean openAccounts)
            throws IOException {
        byte[] content = uploads.content(file);
        String name = Uploads.name(file, "upload");
        Locale locale = DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        try {
            var report = dryRun
                    ? imports.preview(content, name)
                    : imports.importTeachers(
                            content,
                            name,
                            validRowsOnly ? ImportMode.VALID_ROWS_ONLY : ImportMode.ALL_OR_NOTHING,
                            openAccounts);
            return Response.ok(TeacherImportReport.of(report, locale)).build();
        } catch (TeacherImportRefused refused) {
            return Problem.of(
                    422,
                    DomainMessages.format("import.refused.title", List.of(), locale),
                    DomainMessages.of(refused, locale),
                    ImportErrors.json(refused.report().problems(), locale));
        }
    }
}
