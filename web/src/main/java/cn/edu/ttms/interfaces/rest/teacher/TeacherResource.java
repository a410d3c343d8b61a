package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.application.archive.ArchiveExport;
import cn.edu.ttms.application.archive.Archives;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.application.teacher.TeacherRegistry;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import cn.edu.ttms.interfaces.rest.params.Paging;
import cn.edu.ttms.interfaces.rest.problem.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/teachers}: the registry for staff in scope (api.md). Out-of-scope ids answer 404,
 * exactly like ids that do not exist.
 */
@ApplicationScoped
@Path("v1/teachers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "teachers")
public class TeacherResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv";

    @Inject
    TeacherRegistry registry;

    @Inject
    Archives archives;

    @Inject
    ArchiveExport archiveExport;

    @GET
    @Operation(operationId = "listTeachers", summary = "查询管理范围内的教师（姓名、身份证号后几位、学校）")
    public TeacherList search(
            @QueryParam("q") String q,
            @QueryParam("schoolId") Long schoolId,
            @QueryParam("subject") String subject,
            @QueryParam("stage") SchoolStage stage,
            @BeanParam Paging paging) {
        TeacherQuery query = new TeacherQuery(q, schoolId, subject, stage, null, null, false);
        return TeacherList.of(registry.search(query, paging.offset(), paging.size()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTeacher", summary = "一名教师的信息（含 version，供更正时携带）")
    public TeacherDetails get(@PathParam("id") long id) {
        return TeacherDetails.of(registry.details(id));
    }

    @POST
    @Operation(operationId = "registerTeacher", summary = "登记一名教师")
    @APIResponse(
            responseCode = "201",
            description = "已登记",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TeacherDetails.class)))
    public Response register(@NotNull @Valid TeacherRegistration body, @Context UriInfo uri) {
        long id = registry.register(body.identityNumber(), body.schoolId(), body.profile());
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + id))
                .entity(TeacherDetails.of(registry.details(id)))
                .build();
    }

    /** A correction: the body carries the {@code version} that was read; a newer one answers 409. */
    @PUT
    @Path("{id}")
    @Operation(operationId = "correctTeacher", summary = "更正教师信息（version 已过时则 409，并说明是谁改了什么）")
    public TeacherDetails correct(@PathParam("id") long id, @NotNull @Valid TeacherCorrection body) {
        registry.correct(id, body.version(), body.profile());
        return TeacherDetails.of(registry.details(id));
    }

    /** A dated move to another school: {@code {"schoolId": 12, "on": "2026-09-01"}}. */
    @POST
    @Path("{id}/moves")
    @Operation(operationId = "moveTeacher", summary = "教师调往另一所学校（带日期）")
    @APIResponse(
            responseCode = "200",
            description = "调动后的教师信息",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TeacherDetails.class)))
    public TeacherDetails move(@PathParam("id") long id, @NotNull @Valid TeacherMove body) {
        registry.moveToSchool(id, body.schoolId(), body.on());
        return TeacherDetails.of(registry.details(id));
    }

    /** The teacher's training archive (api.md): every shown result with its status, and the integrity record. */
    @GET
    @Path("{id}/archive")
    @Operation(operationId = "getTeacherArchive", summary = "教师的培训档案：每条成绩及其状态、诚信记录")
    public TrainingArchive archive(@PathParam("id") long id) {
        return TrainingArchive.of(archives.archive(id));
    }

    /** Compliance per cycle and per year (api.md); without {@code cycleStart}, the cycle that contains today. */
    @GET
    @Path("{id}/compliance")
    @Operation(operationId = "getTeacherCompliance", summary = "教师在一个周期及其各年度的达标情况")
    public TeacherCompliance compliance(@PathParam("id") long id, @QueryParam("cycleStart") Integer cycleStart) {
        int start = cycleStart == null ? archives.currentCycleStart(id) : cycleStart;
        return TeacherCompliance.of(id, archives.compliance(id, start));
    }

    /**
     * {@code GET {id}/archive/export}: the archive as .xlsx (results, and the current cycle's compliance
     * on a second sheet), {@code ?format=csv} as CSV in GBK (GB18030). The teacher's own, or staff's in
     * scope (a staff download is recorded for the teacher); out of scope 404, another format 422.
     */
    @GET
    @Path("{id}/archive/export")
    @Produces({XLSX, CSV})
    @Operation(operationId = "exportTeacherArchive", summary = "下载教师的培训档案（xlsx；format=csv 为 GBK 编码的 CSV）")
    @APIResponse(
            responseCode = "200",
            description = "培训档案",
            content = {
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    public Response exportArchive(
            @PathParam("id") long id,
            @Parameter(description = "xlsx（默认）或 csv（GBK 编码）") @QueryParam("format") String format) {
        ExportFormat chosen = ExportFormat.named(format)
                .orElseThrow(() -> new InvalidField("format", "api.expects.oneOf", "xlsx, csv"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = archiveExport.export(id, chosen, out);
        return Response.ok(out.toByteArray())
                .type(chosen == ExportFormat.CSV ? CSV + ";charset=" + ExportFormat.CSV_CHARSET.name() : XLSX)
                .header("Cache-Control", "no-store")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"archive-" + id + "." + chosen.extension() + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(name + "." + chosen.extension(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }
}
