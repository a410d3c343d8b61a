package cn.edu.ttms.interfaces.rest.result;

import cn.edu.ttms.application.result.BatchExport;
import cn.edu.ttms.application.result.BatchQueries;
import cn.edu.ttms.application.result.BatchReturns;
import cn.edu.ttms.application.result.NightlyVerification;
import cn.edu.ttms.application.result.ResultEntry;
import cn.edu.ttms.application.result.ResultImport;
import cn.edu.ttms.application.result.ResultImportRefused;
import cn.edu.ttms.application.result.ResultLine;
import cn.edu.ttms.application.result.ResultSheetExport;
import cn.edu.ttms.application.result.SignOff;
import cn.edu.ttms.application.result.Verification;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.result.BatchStatus;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.ImportErrors;
import cn.edu.ttms.interfaces.rest.params.Paging;
import cn.edu.ttms.interfaces.rest.problem.BadParameter;
import cn.edu.ttms.interfaces.rest.problem.InvalidField;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import cn.edu.ttms.interfaces.rest.upload.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/result-batches} (api.md): a class's results and their sign-off. Lists, verification
 * and export are exactly the contract's; entering results, signing and returning follow the same style:
 * <ul>
 * <li>{@code POST} {@code {"projectId"}} opens (or returns) the class's batch → 201;</li>
 * <li>{@code PUT {id}/results} {@code {"rows": [{"resultId", "version", "stageHours": {"1": 18}, "score"}]}}
 * saves rows, all or none (422 naming row and column; 409 if a row changed meanwhile);</li>
 * <li>{@code POST {id}/signatures} {@code {"pin"}} gives the chain's next signature (确认, 审核通过, 认定);</li>
 * <li>{@code POST {id}/return} {@code {"reason"}} sends signed results back for correction.</li>
 * </ul>
 */
@ApplicationScoped
@Path("v1/result-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "result-batches")
public class ResultBatchResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv";

    @Inject
    Uploads uploads;

    @Inject
    BatchQueries queries;

    @Inject
    ResultEntry entry;

    @Inject
    SignOff signOff;

    @Inject
    BatchReturns returns;

    @Inject
    Verification verification;

    @Inject
    BatchExport export;

    @Inject
    NightlyVerification nightly;

    @Inject
    ResultImport resultImport;

    @Inject
    ResultSheetExport sheetExport;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listResultBatches", summary = "调用者可见的成绩批次（可按项目、状态筛选，分页）")
    public BatchViews.Page list(
            @QueryParam("projectId") Long projectId,
            @QueryParam("status") BatchStatus wanted,
            @BeanParam Paging paging) {
        return new BatchViews.Page(
                queries.list(projectId, wanted, paging.offset(), paging.size()).stream()
                        .map(BatchViews.Summary::of)
                        .toList(),
                queries.count(projectId, wanted));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openResultBatch", summary = "打开（或取得）项目班级的成绩批次")
    @APIResponse(
            responseCode = "201",
            description = "成绩批次",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchViews.Sheet.class)))
    public Response open(@NotNull @Valid BatchRequests.Open body) {
        var sheet = entry.open(body.projectId());
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + sheet.batchId()))
                .entity(BatchViews.Sheet.of(sheet))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getResultBatch", summary = "成绩批次：各学员成绩、签名与可执行的操作")
    public BatchViews.Sheet get(@PathParam("id") long id) {
        return BatchViews.Sheet.of(entry.sheet(id));
    }

    @PUT
    @Path("{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveResults", summary = "保存成绩行（全部保存或全部不保存）")
    public BatchViews.Sheet save(@PathParam("id") long id, @NotNull @Valid ResultRowsRequest body) {
        List<ResultLine> lines = new ArrayList<>();
        for (int i = 0; i < body.rows().size(); i++) {
            ResultRowsRequest.Row row = body.rows().get(i);
            Map<Integer, BigDecimal> stages = new LinkedHashMap<>();
            if (row.stageHours() != null) {
                for (Map.Entry<String, BigDecimal> stage : row.stageHours().entrySet()) {
                    stages.put(stageNumber(i, stage.getKey()), stage.getValue());
                }
            }
            lines.add(new ResultLine(row.resultId(), row.version(), stages, row.score()));
        }
        return BatchViews.Sheet.of(entry.save(id, lines));
    }

    @POST
    @Path("{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signResultBatch", summary = "以 PIN 给出签名链的下一个签名（确认、审核通过、认定）")
    @APIResponse(
            responseCode = "201",
            description = "签名后的成绩批次",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchViews.Sheet.class)))
    public Response sign(@PathParam("id") long id, @Valid BatchRequests.Sign body) {
        String pin = body == null ? null : body.pin();
        var sheet = signOff.sign(id, pin == null ? new char[0] : pin.toCharArray());
        return Response.status(Response.Status.CREATED)
                .entity(BatchViews.Sheet.of(sheet))
                .build();
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnResultBatch", summary = "退回已签名的成绩以便更正（须填写理由）")
    public BatchViews.Sheet returnBatch(@PathParam("id") long id, @Valid BatchRequests.Return body) {
        return BatchViews.Sheet.of(returns.returnBatch(id, body == null ? null : body.reason()));
    }

    @GET
    @Path("{id}/verification")
    @Operation(operationId = "verifyResultBatch", summary = "核验成绩批次的签名与数据是否被篡改")
    public VerificationViews.Verification verify(@PathParam("id") long id) {
        return VerificationViews.Verification.of(verification.verify(id));
    }

    @GET
    @Path("{id}/export")
    @Produces("application/zip")
    @Operation(operationId = "exportResultBatch", summary = "导出成绩批次的签名归档（zip）")
    @APIResponse(
            responseCode = "200",
            description = "签名归档",
            content =
                    @Content(
                            mediaType = "application/zip",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("id") long id) {
        BatchExport.Zip zip = export.export(id);
        return Response.ok(zip.bytes(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + zip.fileName() + "\"")
                .build();
    }

    /** Runs the nightly verification of every signed batch now (administrators; the benchmark uses it). */
    @POST
    @Path("verification-runs")
    @Operation(operationId = "runVerification", summary = "立即对全部已签名批次运行夜间核验（管理员）")
    public VerificationViews.Run verifyAll() {
        NightlyVerification.Outcome o = nightly.runNow();
        if (o == null) {
            throw new WebApplicationException("a verification run is already under way", 409);
        }
        return VerificationViews.Run.of(o);
    }

    /**
     * {@code POST {id}/import?dryRun=true|false&validRowsOnly=false}: the grid as a spreadsheet (multipart
     * {@code file}: 身份证号, 第N阶段学时…, 成绩) → {@code {"rows", "saved", "errors"}}; with problems and
     * neither flag, 422 with {@code errors} and nothing saved.
     */
    @POST
    @Path("{id}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importResults", summary = "以表格导入成绩（默认仅试运行）")
    @APIResponse(
            responseCode = "200",
            description = "导入结果",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchRequests.ImportResult.class)))
    public Response importSheet(
            @PathParam("id") long id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(ref = "#/components/schemas/UploadForm")))
                    @FormParam("file")
                    EntityPart file,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("validRowsOnly") @DefaultValue("false") boolean validRowsOnly)
            throws IOException {
        byte[] content = uploads.content(file);
        Locale locale = DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        try {
            var report = resultImport.importSheet(
                    id,
                    content,
                    cn.edu.ttms.interfaces.rest.upload.Uploads.name(file, "upload"),
                    dryRun,
                    validRowsOnly);
            return Response.ok(BatchRequests.ImportResult.of(report, locale)).build();
        } catch (ResultImportRefused refused) {
            return Problem.of(
                    422,
                    DomainMessages.format("import.refused.title", List.of(), locale),
                    DomainMessages.of(refused, locale),
                    ImportErrors.json(refused.report().problems(), locale));
        }
    }

    /**
     * {@code GET {id}/sheet}: the grid as .xlsx, in the layout the import reads back; {@code ?format=csv}
     * the same as CSV in GBK (GB18030) for older tools.
     */
    @GET
    @Path("{id}/sheet")
    @Produces({XLSX, CSV})
    @Operation(operationId = "downloadResultSheet", summary = "下载成绩表（xlsx，可改后导回；format=csv 为 GBK 编码的 CSV）")
    @APIResponse(
            responseCode = "200",
            description = "成绩表",
            content = {
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    public Response sheet(
            @PathParam("id") long id,
            @Parameter(description = "xlsx（默认）或 csv（GBK 编码）") @QueryParam("format") String format) {
        ExportFormat chosen = ExportFormat.named(format)
                .orElseThrow(() -> new BadParameter("format", "api.expects.oneOf", "xlsx, csv", false, format));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = sheetExport.write(id, chosen, out);
        return Response.ok(out.toByteArray())
                .type(chosen == ExportFormat.CSV ? CSV + ";charset=" + ExportFormat.CSV_CHARSET.name() : XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    /** A stage key of {@code stageHours}: the stage's number, 1 … 99. */
    private static Integer stageNumber(int row, String key) {
        if (key != null && key.matches("[0-9]{1,2}") && Integer.parseInt(key) > 0) {
            return Integer.valueOf(key);
        }
        throw new InvalidField("rows[" + row + "].stageHours", "api.expects.stageKeys");
    }
}
