package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.application.attendance.Attendance;
import cn.edu.ttms.application.attendance.AttendanceQueries;
import cn.edu.ttms.application.enrolment.EnrolmentRounds;
import cn.edu.ttms.application.enrolment.Enrolments;
import cn.edu.ttms.application.enrolment.RosterImport;
import cn.edu.ttms.application.enrolment.RosterImportRefused;
import cn.edu.ttms.application.enrolment.RosterImportReport;
import cn.edu.ttms.application.project.ProjectCatalogue;
import cn.edu.ttms.application.project.ProjectEditing;
import cn.edu.ttms.application.project.ProjectLifecycle;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.project.ProjectQuery;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.interfaces.rest.ImportErrors;
import cn.edu.ttms.interfaces.rest.attendance.AttendanceHours;
import cn.edu.ttms.interfaces.rest.attendance.AttendanceSessionView;
import cn.edu.ttms.interfaces.rest.attendance.OpenSessionRequest;
import cn.edu.ttms.interfaces.rest.enrolment.EnrolmentView;
import cn.edu.ttms.interfaces.rest.enrolment.RosterPage;
import cn.edu.ttms.interfaces.rest.params.Paging;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
 * {@code /api/v1/projects} (api.md): the projects the caller may see, paged; one project's terms,
 * read and replaced whole; its life cycle; and what hangs off a project: enrolments and the roster,
 * enrolment rounds, attendance sessions and hours.
 */
@ApplicationScoped
@Path("v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectResource {

    @Inject
    Uploads uploads;

    @Inject
    ProjectCatalogue catalogue;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    ProjectEditing editing;

    @Inject
    Enrolments enrolments;

    @Inject
    EnrolmentRounds rounds;

    @Inject
    RosterImport rosterImport;

    @Inject
    Attendance attendance;

    @Inject
    AttendanceQueries attendanceQueries;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listProjects", summary = "调用者可见的培训项目（分页，可按年度、级别、状态、类别、承办方、名称筛选）")
    public ProjectSummary.Page list(
            @QueryParam("year") Integer year,
            @QueryParam("level") Level level,
            @QueryParam("status") ProjectStatus status,
            @QueryParam("category") String category,
            @QueryParam("host") String host,
            @QueryParam("q") String name,
            @BeanParam Paging paging) {
        ProjectQuery query = new ProjectQuery(year, level, status, category, host, name);
        List<ProjectSummary> items = catalogue.search(query, paging.offset(), paging.size()).stream()
                .map(ProjectSummary::of)
                .toList();
        return new ProjectSummary.Page(items, catalogue.count(query));
    }

    /**
     * A new draft project in a plan: {@code {"planId", …terms}} → 201 with the project. A training
     * institution or a school proposes this way into a plan of the bureau above it ({@code GET
     * /api/v1/plans} lists the plans open to the caller); its unit becomes the proposing unit.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProject", summary = "在年度计划中新建草稿项目")
    @APIResponse(
            responseCode = "201",
            description = "已创建的项目",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectDetails.class)))
    public Response create(@NotNull @Valid ProjectTermsRequest body) {
        if (body.planId() == null) {
            throw InvalidField.required("planId");
        }
        long id = editing.create(body.planId(), body.terms());
        return Response.status(Response.Status.CREATED)
                .entity(ProjectDetails.of(editing.sheet(id), locale()))
                .build();
    }

    /** One project with all its terms, hours, warnings and the steps the caller may take. */
    @GET
    @Path("{id}")
    @Operation(operationId = "getProject", summary = "项目的全部条款、学时、提醒与调用者可执行的操作")
    public ProjectDetails get(@PathParam("id") long id) {
        return ProjectDetails.of(editing.sheet(id), locale());
    }

    /**
     * Replaces a project's terms; the body is what GET gives (read-only fields ignored) and must
     * carry the {@code version} it was read at: a project saved meanwhile answers 409.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseProject", summary = "整体替换项目条款（须带读取时的 version）")
    public ProjectDetails revise(@PathParam("id") long id, @NotNull @Valid ProjectTermsRequest body) {
        if (body.version() == null) {
            throw InvalidField.required("version");
        }
        editing.revise(id, body.version(), body.terms());
        return ProjectDetails.of(editing.sheet(id), locale());
    }

    /**
     * A step of the life cycle: {@code {"action": "SUBMIT"}}; {@code CANCEL} and {@code RETURN} (the bureau
     * sends a submitted project back to its proposer) need a {@code reason}; an
     * administrator publishing outside the policy's windows sends {@code "outsideWindow": true} and a reason.
     */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionProject", summary = "项目生命周期的一步（提交、审核、发布、开班、取消…）")
    public TransitionResult transition(@PathParam("id") long id, @NotNull @Valid TransitionRequest body) {
        TrainingProject p =
                lifecycle.apply(id, body.action(), body.reason(), Boolean.TRUE.equals(body.outsideWindow()));
        return new TransitionResult(p.id(), p.status());
    }

    /** {@code POST /api/v1/projects/{id}/enrolments} (api.md): nominate {@code {"teacherId"}} → 201, or 409/422 saying why. */
    @POST
    @Path("{id}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "nominateTeacher", summary = "推荐（指派）一名教师参加项目")
    @APIResponse(
            responseCode = "201",
            description = "报名记录",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EnrolmentView.class)))
    public Response nominate(@PathParam("id") long id, @NotNull @Valid NominationRequest body) {
        return created(enrolments.nominate(id, body.teacherId()));
    }

    /** {@code POST /api/v1/projects/{id}/applications} (api.md): the signed-in teacher applies → 201 PENDING_APPROVAL. */
    @POST
    @Path("{id}/applications")
    @Operation(operationId = "applyForProject", summary = "当前教师自主报名（待审批）")
    @APIResponse(
            responseCode = "201",
            description = "报名记录",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EnrolmentView.class)))
    public Response apply(@PathParam("id") long id) {
        return created(enrolments.apply(id));
    }

    /** {@code GET /api/v1/projects/{id}/roster} (api.md): enrolled trainees the caller may see, paged. */
    @GET
    @Path("{id}/roster")
    @Operation(operationId = "getRoster", summary = "项目的在册学员名单（分页）")
    public RosterPage roster(@PathParam("id") long id, @BeanParam Paging paging) {
        return RosterPage.of(enrolments.roster(id, paging.offset(), paging.size()));
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
    @Operation(operationId = "importRoster", summary = "导入学员名单（身份证号、姓名；默认仅试运行）")
    @APIResponse(
            responseCode = "200",
            description = "导入结果",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResults.RosterResult.class)))
    public Response importRoster(
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
        String name = cn.edu.ttms.interfaces.rest.upload.Uploads.name(file, "upload");
        try {
            RosterImportReport report = dryRun
                    ? rosterImport.preview(id, content, name)
                    : rosterImport.importRoster(id, content, name, validRowsOnly);
            return Response.ok(ImportResults.RosterResult.of(report, locale())).build();
        } catch (RosterImportRefused refused) {
            return Problem.of(
                    422,
                    DomainMessages.format("import.refused.title", List.of(), locale()),
                    DomainMessages.of(refused, locale()),
                    ImportErrors.json(refused.report().problems(), locale()));
        }
    }

    /**
     * Opens a round of enrolment: {@code {"mode": "FIRST_COME"|"LOTTERY", "opensAt", "closesAt"}} (ISO
     * instants) → 201. During a lottery's window every entry waits for the draw.
     */
    @POST
    @Path("{id}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openEnrolmentRound", summary = "开启一轮报名（先到先得或抽签）")
    @APIResponse(
            responseCode = "201",
            description = "已开启的报名轮次",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Rounds.RoundView.class)))
    public Response openRound(@PathParam("id") long id, @NotNull @Valid Rounds.OpenRequest body) {
        var round = rounds.open(id, body.mode(), body.opensAt(), body.closesAt());
        return Response.status(Response.Status.CREATED)
                .entity(Rounds.RoundView.of(id, round))
                .build();
    }

    /**
     * Draws a closed lottery round: {@code {"seed": 42}} to replay a draw, or no seed for a fresh one →
     * the seed, the order of the entries (enrolment ids), who got a place and who waits, in order.
     */
    @POST
    @Path("{id}/rounds/{no}/draw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "drawLottery", summary = "对已截止的抽签轮次抽签（可用 seed 重放）")
    public Rounds.DrawResult draw(@PathParam("id") long id, @PathParam("no") int no, @Valid Rounds.DrawRequest body) {
        return Rounds.DrawResult.of(rounds.draw(id, no, body == null ? null : body.seed()));
    }

    /** A second round's backfill: the waiting list moves up into the places free now → the promoted enrolments. */
    @POST
    @Path("{id}/waiting-list/backfill")
    @Operation(operationId = "backfillWaitingList", summary = "候补名单依次递补空出的名额")
    public Rounds.BackfillResult backfill(@PathParam("id") long id) {
        return new Rounds.BackfillResult(rounds.backfill(id));
    }

    /**
     * Opens an attendance session of a stage: {@code {"stageNo", "date", "hours"}} (optionally {@code "startsAt",
     * "endsAt"} as {@code "08:30"}) → 201 with the session and a fresh token for its QR code ({@code token},
     * {@code expiresAt}, {@code attendUrl}, {@code qrUrl}). For the project's lead, host institution and owning bureau.
     */
    @POST
    @Path("{id}/attendance-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openAttendanceSession", summary = "开设一个阶段的考勤场次，附二维码令牌")
    @APIResponse(
            responseCode = "201",
            description = "考勤场次",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceSessionView.class)))
    public Response openAttendanceSession(@PathParam("id") long id, @NotNull @Valid OpenSessionRequest body) {
        var session =
                attendance.openSession(id, body.stageNo(), body.date(), body.hours(), body.startsAt(), body.endsAt());
        return Response.status(Response.Status.CREATED)
                .entity(AttendanceSessionView.of(session, attendance.token(session.id()), uri))
                .build();
    }

    /** The hours each trainee the caller may see attended per stage, with each stage's sessions and hours. */
    @GET
    @Path("{id}/attendance")
    @Operation(operationId = "getAttendanceHours", summary = "学员各阶段的考勤学时")
    public AttendanceHours attendanceSheet(@PathParam("id") long id) {
        return AttendanceHours.of(attendanceQueries.sheet(id));
    }

    private static Response created(Enrolment e) {
        return Response.status(Response.Status.CREATED)
                .entity(EnrolmentView.of(e))
                .build();
    }

    private Locale locale() {
        return DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
