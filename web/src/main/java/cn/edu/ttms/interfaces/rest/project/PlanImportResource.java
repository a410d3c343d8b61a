package cn.edu.ttms.interfaces.rest.project;

import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.plan.PlanImport;
import cn.edu.ttms.application.plan.PlanImportRefused;
import cn.edu.ttms.application.plan.PlanImportReport;
import cn.edu.ttms.application.teacher.ImportMode;
import cn.edu.ttms.infrastructure.i18n.DomainMessages;
import cn.edu.ttms.interfaces.rest.ImportErrors;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import java.time.Year;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/v1/plans/import?dryRun=true|false} (api.md): multipart {@code file} in the layout of
 * the Chenzhou 2018 plan → {@code {"rows", "projects", "places", "inferences", "errors"}}; a dry run
 * changes nothing. Optional {@code year} (default: this year) and {@code validRowsOnly}.
 */
@ApplicationScoped
@Path("v1/plans/import")
@Produces(MediaType.APPLICATION_JSON)
public class PlanImportResource {

    @Inject
    cn.edu.ttms.interfaces.rest.upload.Uploads uploads;

    @Inject
    PlanImport imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importPlan(@FormParam("file") EntityPart file, @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("validRowsOnly") @DefaultValue("false") boolean validRowsOnly, @QueryParam("year") Integer year)
            throws IOException {
        byte[] content = uploads.content(file);
        String name = file.getFileName().orElse("plan");
        Locale locale = DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        try {
            PlanImportReport report = dryRun ? imports.preview(content, name)
                    : imports.importPlan(content, name, year == null ? Year.now().getValue() : year,
                            validRowsOnly ? ImportMode.VALID_ROWS_ONLY : ImportMode.ALL_OR_NOTHING);
            JsonObjectBuilder json = body(report, locale);
            if (report.planId() != null) {
                json.add("planId", report.planId());
            }
            return Response.ok(json.build()).build();
        } catch (PlanImportRefused refused) {
            return Problem.of(422, DomainMessages.format("import.refused.title", List.of(), locale),
                    DomainMessages.of(refused, locale), ImportErrors.json(refused.report().problems(), locale));
        }
    }

    private static JsonObjectBuilder body(PlanImportReport report, Locale locale) {
        JsonArrayBuilder inferences = JsonBuilders.createArrayBuilder();
        report.sheet().inferences().forEach(i -> inferences.add(JsonBuilders.createObjectBuilder().add("row", i.row())
                .add("message", DomainMessages.format(i.messageKey(), i.args(), locale))));
        return JsonBuilders.createObjectBuilder().add("rows", report.sheet().rowsRead()).add("projects", report.sheet().projects())
                .add("places", report.sheet().places()).add("inferences", inferences)
                .add("errors", ImportErrors.json(report.problems(), locale));
    }
}
