package cn.edu.ttms.interfaces.rest.organisation;

import cn.edu.ttms.application.organisation.OrganisationImport;
import cn.edu.ttms.application.organisation.UnitImportRefused;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.ImportErrors;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import cn.edu.ttms.interfaces.rest.upload.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/organisations/import?dryRun=true|false}: multipart {@code file} (xlsx, xls, or
 * CSV in UTF-8/GBK) with the columns 单位名称, 单位类型, 上级单位, 单位代码 → {@code {"rows",
 * "created", "existing", "errors"}}; all-or-nothing (422 with {@code errors}); a dry run changes
 * nothing. {@code GET .../template}: the template, as .xlsx.
 */
@ApplicationScoped
@Path("v1/organisations/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations")
public class OrganisationImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Uploads uploads;

    @Inject
    OrganisationImport imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importOrganisations", summary = "从表格导入单位（组织机构树；有任何问题则不导入；dryRun=true 时只检查，不写入）")
    @APIResponse(
            responseCode = "200",
            description = "检查或导入的结果",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UnitImportResult.class)))
    public Response importUnits(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(ref = "#/components/schemas/UploadForm")))
                    @FormParam("file")
                    EntityPart file,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun)
            throws IOException {
        byte[] content = uploads.content(file);
        String name = Uploads.name(file, "units");
        Locale locale = DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        try {
            var report = dryRun ? imports.preview(content, name) : imports.importUnits(content, name);
            return Response.ok(UnitImportResult.of(report, locale)).build();
        } catch (UnitImportRefused refused) {
            return Problem.of(
                    422,
                    DomainMessages.format("import.refused.title", List.of(), locale),
                    DomainMessages.of(refused, locale),
                    ImportErrors.json(refused.report().problems(), locale));
        }
    }

    @GET
    @Path("template")
    @Produces(XLSX)
    @Operation(operationId = "downloadOrganisationImportTemplate", summary = "下载单位导入模板（xlsx，含表头和两行示例）")
    @APIResponse(
            responseCode = "200",
            description = "导入模板",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeTemplate(out);
        return Response.ok(out.toByteArray())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"units-template.xlsx\"; filename*=UTF-8''%E5%8D%95%E4%BD%8D%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx")
                .build();
    }
}
