package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.ws.rs.BeanParam;
import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.project.ProjectCatalogue;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.application.project.ProjectLifecycle;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.interfaces.rest.RequestBodies;
import cn.edu.ttms.interfaces.rest.attendance.AttendanceJson;
import cn.edu.ttms.application.enrolment.Enrolments;
import cn.edu.ttms.application.enrolment.RosterImport;
import cn.edu.ttms.application.enrolment.RosterImportRefused;
import cn.edu.ttms.application.enrolment.RosterImportReport;
import cn.edu.ttms.interfaces.rest.ImportErrors;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import cn.edu.ttms.application.project.ProjectEditing;
import cn.edu.ttms.interfaces.rest.enrolment.EnrolmentJson;
import cn.edu.ttms.domain.model.project.ProjectQuery;
import cn.edu.ttms.infrastructure.i18n.DomainMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/projects?year=&level=&status=} (api.md): the projects the caller may see, paged. */
@ApplicationScoped
@Path("v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    cn.edu.ttms.interfaces.rest.upload.Uploads uploads;

    @Inject
    ProjectCatalogue catalogue;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    ProjectEditing editing;

    @Inject
    Enrolments enrolments;

    @Inject
    cn.edu.ttms.application.enrolment.EnrolmentRounds rounds;

    @Inject
    RosterImport rosterImport;

    @Inject
    cn.edu.ttms.application.attendance.Attendance attendance;

    @Context
    HttpHeaders headers;

    @Context
    jakarta.ws.rs.core.UriInfo uri;

    /**
     * A step of the life cycle: {@code {"action": "SUBMIT"}}; {@code CANCEL} needs a {@code reason}; an
     * administrator publishing outside the policy's windows sends {@code "outsideWindow": true} and a reason.
     */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject transition(@PathParam("id") long id, JsonObject body) {
        ProjectAction action = RequestBodies.requiredEnum(ProjectAction.class, body, "action");
        TrainingProject p = lifecycle.apply(id, action, body.getString("reason", null), body.getBoolean("outsideWindow", false));
        return JsonBuilders.createObjectBuilder().add("id", p.id()).add("status", p.status().name()).build();
    }

    /** One project with all its terms, hours, warnings and the steps the caller may take. */
    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") long id) {
        return ProjectJson.of(editing.sheet(id), locale());
    }

    /**
     * Replaces a project's terms; the body is what GET gives (read-only fields ignored) and must
     * carry the {@code version} it was read at: a project saved meanwhile answers 409.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject revise(@PathParam("id") long id, JsonObject body) {
        editing.revise(id, RequestBodies.requiredLong(body, "version"), ProjectJson.terms(body));
        return ProjectJson.of(editing.sheet(id), locale());
    }

    /** A new draft project in a plan: {@code {"planId", …terms}} → 201 with the project. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        long id = editing.create(RequestBodies.requiredLong(body, "planId"), ProjectJson.terms(body));
        return Response.status(Response.Status.CREATED).entity(ProjectJson.of(editing.sheet(id), locale())).build();
    }

    /** {@code POST /api/v1/projects/{id}/enrolments} (api.md): nominate {@code {"teacherId"}} → 201, or 409/422 saying why. */
    @POST
    @Path("{id}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response nominate(@PathParam("id") long id, JsonObject body) {
        return created(enrolments.nominate(id, RequestBodies.requiredLong(body, "teacherId")));
    }

    /** {@code POST /api/v1/projects/{id}/applications} (api.md): the signed-in teacher applies → 201 PENDING_APPROVAL. */
    @POST
    @Path("{id}/applications")
    public Response apply(@PathParam("id") long id) {
        return created(enrolments.apply(id));
    }

    /** {@code GET /api/v1/projects/{id}/roster} (api.md): enrolled trainees the caller may see, paged. */
    @GET
    @Path("{id}/roster")
    public JsonObject roster(@PathParam("id") long id, @BeanParam Paging paging) {
        return EnrolmentJson.of(enrolments.roster(id, paging.offset(), paging.size()));
    }

    /**
     * {@code POST /api/v1/projects/{id}/roster?dryRun=true|false&validRowsOnly=false}: multipart {@code file}
     * (xlsx, xls, CSV), at least 身份证号 and 姓名; each row matched to the registry and nominated under the
     * enrolment rules. A dry run changes nothing; an upload with problems is refused whole (422 with
     * {@code errors}) unless {@code validRowsOnly=true}. Answers {@code {"rows", "matched", "enrolled", "errors"}}.
     */
    @POST
    @Path("{id}/roster")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importRoster(@PathParam("id") long id, @FormParam("file") EntityPart file,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("validRowsOnly") @DefaultValue("false") boolean validRowsOnly) throws IOException {
        byte[] content = uploads.content(file);
        String name = file.getFileName().orElse("upload");
        try {
            RosterImportReport report = dryRun ? rosterImport.preview(id, content, name)
                    : rosterImport.importRoster(id, content, name, validRowsOnly);
            return Response.ok(JsonBuilders.createObjectBuilder().add("rows", report.rows()).add("matched", report.matched())
                    .add("enrolled", report.enrolled()).add("errors", ImportErrors.json(report.problems(), locale()))
                    .build()).build();
        } catch (RosterImportRefused refused) {
            return Problem.of(422, DomainMessages.format("import.refused.title", java.util.List.of(), locale()),
                    DomainMessages.of(refused, locale()), ImportErrors.json(refused.report().problems(), locale()));
        }
    }

    /**
     * Opens a round of enrolment: {@code {"mode": "FIRST_COME"|"LOTTERY", "opensAt", "closesAt"}} (ISO
     * instants) → 201. During a lottery's window every entry waits for the draw.
     */
    @POST
    @Path("{id}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openRound(@PathParam("id") long id, JsonObject body) {
        var round = rounds.open(id, RequestBodies.requiredEnum(cn.edu.ttms.domain.model.enrolment.RoundMode.class, body, "mode"),
                java.time.Instant.parse(RequestBodies.requiredText(body, "opensAt")),
                java.time.Instant.parse(RequestBodies.requiredText(body, "closesAt")));
        return Response.status(Response.Status.CREATED).entity(JsonBuilders.createObjectBuilder().add("projectId", id)
                .add("roundNo", round.roundNo()).add("mode", round.mode().name())
                .add("opensAt", round.opensAt().toString()).add("closesAt", round.closesAt().toString()).build()).build();
    }

    /**
     * Draws a closed lottery round: {@code {"seed": 42}} to replay a draw, or no seed for a fresh one →
     * the seed, the order of the entries (enrolment ids), who got a place and who waits, in order.
     */
    @POST
    @Path("{id}/rounds/{no}/draw")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject draw(@PathParam("id") long id, @PathParam("no") int no, JsonObject body) {
        Long seed = RequestBodies.optionalLong(body, "seed");
        var draw = rounds.draw(id, no, seed);
        return JsonBuilders.createObjectBuilder().add("seed", draw.seed()).add("order", JsonBuilders.createArrayBuilder(draw.order()))
                .add("enrolled", JsonBuilders.createArrayBuilder(draw.enrolled()))
                .add("waiting", JsonBuilders.createArrayBuilder(draw.waiting())).build();
    }

    /** A second round's backfill: the waiting list moves up into the places free now → the promoted enrolments. */
    @POST
    @Path("{id}/waiting-list/backfill")
    public JsonObject backfill(@PathParam("id") long id) {
        return JsonBuilders.createObjectBuilder().add("promoted", JsonBuilders.createArrayBuilder(rounds.backfill(id))).build();
    }

    /**
     * Opens an attendance session of a stage: {@code {"stageNo", "date", "hours"}} (optionally {@code "startsAt",
     * "endsAt"} as {@code "08:30"}) → 201 with the session and a fresh token for its QR code ({@code token},
     * {@code expiresAt}, {@code attendUrl}, {@code qrUrl}). For the project's lead, host institution and owning bureau.
     */
    @POST
    @Path("{id}/attendance-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openAttendanceSession(@PathParam("id") long id, JsonObject body) {
        long stageNo = RequestBodies.requiredLong(body, "stageNo"); // an unknown stage is the domain's refusal
        var session = attendance.openSession(id, (int) Math.max(0, Math.min(stageNo, Integer.MAX_VALUE)),
                RequestBodies.requiredDate(body, "date"),
                RequestBodies.optionalDecimal(body, "hours", cn.edu.ttms.domain.model.shared.Quantity.HOURS), AttendanceJson.time(body, "startsAt"),
                AttendanceJson.time(body, "endsAt"));
        return Response.status(Response.Status.CREATED)
                .entity(AttendanceJson.session(session, attendance.token(session.id()), uri)).build();
    }

    /** The hours each trainee the caller may see attended per stage, with each stage's sessions and hours. */
    @GET
    @Path("{id}/attendance")
    public JsonObject attendanceSheet(@PathParam("id") long id) {
        return AttendanceJson.hours(attendance.sheet(id));
    }

    private static Response created(cn.edu.ttms.domain.model.enrolment.Enrolment e) {
        return Response.status(Response.Status.CREATED).entity(EnrolmentJson.of(e)).build();
    }

    private java.util.Locale locale() {
        return DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @GET
    public JsonObject list(@QueryParam("year") Integer year, @QueryParam("level") Level lv,
            @QueryParam("status") ProjectStatus st, @QueryParam("category") String category,
            @QueryParam("host") String host, @QueryParam("q") String name, @BeanParam Paging paging) {
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        ProjectQuery query = new ProjectQuery(year, lv, st, category, host, name);
        for (TrainingProject p : catalogue.search(query, paging.offset(), paging.size())) {
            var json = JsonBuilders.createObjectBuilder().add("id", p.id()).add("name", p.name()).add("year", p.year())
                    .add("level", p.level().name()).add("status", p.status().name()).add("capacity", p.capacity())
                    .add("places", p.places()).add("stages", p.stages().size())
                    .add("plan", JsonBuilders.createObjectBuilder().add("id", p.plan().id()).add("name", p.plan().name()));
            if (p.code() == null) {
                json.addNull("code");
            } else {
                json.add("code", p.code());
            }
            if (p.category() != null) {
                json.add("category", p.category());
            }
            items.add(json);
        }
        return JsonBuilders.createObjectBuilder().add("items", items).add("total", catalogue.count(query)).build();
    }
}
