package cn.edu.ttms.interfaces.rest.result;

import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.ws.rs.BeanParam;
import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.result.BatchExport;
import cn.edu.ttms.application.result.BatchQueries;
import cn.edu.ttms.application.result.NightlyVerification;
import cn.edu.ttms.application.result.ResultEntry;
import cn.edu.ttms.application.result.ResultLine;
import cn.edu.ttms.application.result.SignOff;
import cn.edu.ttms.application.result.Verification;
import cn.edu.ttms.domain.model.result.BatchStatus;
import cn.edu.ttms.interfaces.rest.RequestBodies;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
public class ResultBatchResource {

    static final int MAX_PAGE = 500;

    @Inject
    cn.edu.ttms.interfaces.rest.upload.Uploads uploads;

    @Inject
    BatchQueries queries;

    @Inject
    ResultEntry entry;

    @Inject
    SignOff signOff;

    @Inject
    Verification verification;

    @Inject
    BatchExport export;

    @Inject
    NightlyVerification nightly;

    @Inject
    cn.edu.ttms.application.result.ResultImport resultImport;

    @Inject
    cn.edu.ttms.application.result.ResultSheetExport sheetExport;

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    public JsonObject list(@QueryParam("projectId") Long projectId, @QueryParam("status") BatchStatus wanted,
            @BeanParam Paging paging) {
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        queries.list(projectId, wanted, paging.offset(), paging.size()).forEach(b -> items.add(ResultJson.summary(b)));
        return JsonBuilders.createObjectBuilder().add("items", items).add("total", queries.count(projectId, wanted)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(JsonObject body) {
        var sheet = entry.open(RequestBodies.requiredLong(body, "projectId"));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + sheet.batchId()))
                .entity(ResultJson.sheet(sheet)).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") long id) {
        return ResultJson.sheet(entry.sheet(id));
    }

    @PUT
    @Path("{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject save(@PathParam("id") long id, @jakarta.validation.constraints.NotNull @jakarta.validation.Valid
            ResultRowsRequest body) {
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
        return ResultJson.sheet(entry.save(id, lines));
    }

    @POST
    @Path("{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@PathParam("id") long id, JsonObject body) {
        String pin = cn.edu.ttms.interfaces.rest.RequestBodies.textOrNumber(body, "pin");
        var sheet = signOff.sign(id, pin == null ? new char[0] : pin.toCharArray());
        return Response.status(Response.Status.CREATED).entity(ResultJson.sheet(sheet)).build();
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject returnBatch(@PathParam("id") long id, JsonObject body) {
        return ResultJson.sheet(signOff.returnBatch(id, body == null ? null : body.getString("reason", null)));
    }

    @GET
    @Path("{id}/verification")
    public JsonObject verify(@PathParam("id") long id) {
        return ResultJson.verification(verification.verify(id));
    }

    @GET
    @Path("{id}/export")
    @Produces("application/zip")
    public Response export(@PathParam("id") long id) {
        BatchExport.Zip zip = export.export(id);
        return Response.ok(zip.bytes(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + zip.fileName() + "\"").build();
    }

    /** Runs the nightly verification of every signed batch now (administrators; the benchmark uses it). */
    @POST
    @Path("verification-runs")
    public JsonObject verifyAll() {
        NightlyVerification.Outcome o = nightly.runNow();
        if (o == null) {
            throw new jakarta.ws.rs.WebApplicationException("a verification run is already under way", 409);
        }
        return JsonBuilders.createObjectBuilder().add("batches", o.batches()).add("valid", o.valid())
                .add("tampered", o.tampered()).add("unsigned", o.unsigned()).add("failed", o.failed())
                .add("millis", o.millis()).build();
    }

    /**
     * {@code POST {id}/import?dryRun=true|false&validRowsOnly=false}: the grid as a spreadsheet (multipart
     * {@code file}: 身份证号, 第N阶段学时…, 成绩) → {@code {"rows", "saved", "errors"}}; with problems and
     * neither flag, 422 with {@code errors} and nothing saved.
     */
    @POST
    @Path("{id}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importSheet(@PathParam("id") long id, @jakarta.ws.rs.FormParam("file") jakarta.ws.rs.core.EntityPart file,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("validRowsOnly") @DefaultValue("false") boolean validRowsOnly) throws java.io.IOException {
        byte[] content = uploads.content(file);
        java.util.Locale locale = cn.edu.ttms.infrastructure.i18n.DomainMessages.fromAcceptLanguage(
                headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
        try {
            var report = resultImport.importSheet(id, content, file.getFileName().orElse("upload"), dryRun,
                    validRowsOnly);
            return Response.ok(JsonBuilders.createObjectBuilder().add("rows", report.rows()).add("saved", report.saved())
                    .add("errors", cn.edu.ttms.interfaces.rest.ImportErrors.json(report.problems(), locale)).build())
                    .build();
        } catch (cn.edu.ttms.application.result.ResultImportRefused refused) {
            return cn.edu.ttms.interfaces.rest.problem.Problem.of(422,
                    cn.edu.ttms.infrastructure.i18n.DomainMessages.format("import.refused.title", List.of(), locale),
                    cn.edu.ttms.infrastructure.i18n.DomainMessages.of(refused, locale),
                    cn.edu.ttms.interfaces.rest.ImportErrors.json(refused.report().problems(), locale));
        }
    }

    /** {@code GET {id}/sheet}: the grid as .xlsx, in the layout the import reads back. */
    @GET
    @Path("{id}/sheet")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response sheet(@PathParam("id") long id) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String name = sheetExport.write(id, out);
        return Response.ok(out.toByteArray()).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    /** A stage key of {@code stageHours}: the stage's number, 1 … 99. */
    private static Integer stageNumber(int row, String key) {
        if (key != null && key.matches("[0-9]{1,2}") && Integer.parseInt(key) > 0) {
            return Integer.valueOf(key);
        }
        throw new cn.edu.ttms.interfaces.rest.problem.InvalidField("rows[" + row + "].stageHours", "api.expects.stageKeys");
    }
}
