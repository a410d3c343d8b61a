package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.application.plan.AnnualPlans;
import cn.edu.ttms.application.project.OpenPlan;
import cn.edu.ttms.application.project.ProjectEditing;
import cn.edu.ttms.interfaces.rest.params.Paging;
import cn.edu.ttms.interfaces.rest.validation.Length;
import cn.edu.ttms.interfaces.rest.validation.Whole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/plans}: the annual plans the caller may add a project to (a bureau: its own and those
 * of the bureaus below it; a training institution or a school: those of the bureau above it, to propose
 * into), and a bureau's new, empty plan ({@code {"year", "name"}} → 201), to add projects to by hand
 * with {@code POST /api/v1/projects}. Importing a plan from its spreadsheet is {@code /api/v1/plans/import}.
 */
@ApplicationScoped
@Path("v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans")
public class PlanResource {

    @Inject
    AnnualPlans plans;

    @Inject
    ProjectEditing editing;

    @GET
    @Operation(operationId = "listOpenPlans", summary = "调用者可在其中新建（申报）项目的年度计划")
    public PlanPage list(@BeanParam Paging paging) {
        List<PlanView> all = editing.plansOpenToMe().stream().map(PlanView::of).toList();
        int from = (int) Math.min(all.size(), paging.offset());
        return new PlanPage(all.subList(from, Math.min(all.size(), from + paging.size())), all.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startPlan", summary = "本局新建一个空的年度计划（再逐个添加项目）")
    @APIResponse(
            responseCode = "201",
            description = "新建的年度计划",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response start(@NotNull @Valid NewPlan body) {
        long id = plans.start(body.year(), body.name());
        PlanView created = editing.plansOpenToMe().stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .map(PlanView::of)
                .orElseThrow();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** A new plan: its year and, optionally, its name (default "2027年临翔区教师培训计划"). */
    @Schema(name = "NewPlan")
    @JsonbPropertyOrder({"year", "name"})
    public record NewPlan(
            @NotNull @Whole(min = 2000, max = 2100) @Schema(minimum = "2000", maximum = "2100", example = "2027")
            Integer year,

            @Length(max = 200) @Schema(maxLength = 200, example = "2027年临翔区教师培训计划")
            String name) {}

    /** An annual plan: year, name and the bureau that owns it. */
    @Schema(name = "Plan")
    @JsonbPropertyOrder({"id", "year", "name", "owner"})
    public record PlanView(long id, int year, String name, String owner) {

        static PlanView of(OpenPlan p) {
            return new PlanView(p.id(), p.year(), p.name(), p.owner());
        }
    }

    @Schema(name = "PlanPage")
    @JsonbPropertyOrder({"items", "total"})
    public record PlanPage(List<PlanView> items, long total) {}
}
