package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.application.plan.PlanImport;
import cn.edu.ttms.application.plan.PlanImportRefused;
import cn.edu.ttms.application.plan.PlanImportReport;
import cn.edu.ttms.application.teacher.ImportMode;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/plans/import?dryRun=true|false} (api.md): multipart {@code file} in the layout of
 * the Chenzhou 2018 plan → {@code {"rows", "projects", "places", "inferences", "errors"}}; a dry run
 * changes nothing. Optional {@code year} (default: the year the sheet's title states; neither → 422
 * naming the missing year) and {@code validRowsOnly}. A bureau that already has a plan of that year is
 * warned in {@code inferences} (the contract's fields, no new required one) and the import goes ahead.
 */
@ApplicationScoped
@Path("v1/plans/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans")
public class PlanImportResource {

    @Inject
    Uploads uploads;

    @Inject
    PlanImport imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importPlan", summary = "导入年度培训计划表（默认仅试运行）")
    @APIResponse(
            responseCode = "200",
            description = "读取（及导入）结果；导入时附 planId",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResults.PlanResult.class)))
    public Response importPlan(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(ref = "#/components/schemas/UploadForm")))
                    @FormParam("file")
                    EntityPart file,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("validRowsOnly") @DefaultValue("false") boolean validRowsOnly,
            @QueryParam("year") Integer year)
            throws IOException {
        byte[] content = uploads.content(file);
        String name = cn.edu.ttms.interfaces.rest.upload.Uploads.name(file, "plan");
        Locale locale = DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        try {
            PlanImportReport report = dryRun
                    ? imports.preview(content, name)
                    : imports.importPlan(
                            content,
                            name,
                            year,
                            validRowsOnly ? ImportMode.VALID_ROWS_ONLY : ImportMode.ALL_OR_NOTHING,
                            true);
            return Response.ok(ImportResults.PlanResult.of(report, locale)).build();
        } catch (PlanImportRefused refused) {
            return Problem.of(
                    422,
                    DomainMessages.format("import.refused.title", List.of(), locale),
                    DomainMessages.of(refused, locale),
                    ImportErrors.json(refused.report().problems(), locale));
        }
    }
}
