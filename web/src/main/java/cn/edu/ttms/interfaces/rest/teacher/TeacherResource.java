package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.ws.rs.BeanParam;
import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.teacher.TeacherPage;
import cn.edu.ttms.application.teacher.TeacherRegistry;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import cn.edu.ttms.interfaces.rest.RequestBodies;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;

/**
 * {@code /api/v1/teachers}: the registry for staff in scope (api.md). Out-of-scope ids answer 404,
 * exactly like ids that do not exist.
 */
@ApplicationScoped
@Path("v1/teachers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeacherResource {

    @Inject
    TeacherRegistry registry;

    @Inject
    cn.edu.ttms.application.archive.Archives archives;

    @GET
    public JsonObject search(@QueryParam("q") String q, @QueryParam("schoolId") Long schoolId,
            @QueryParam("subject") String subject, @QueryParam("stage") SchoolStage stage,
            @BeanParam Paging paging) {
        TeacherQuery query = new TeacherQuery(q, schoolId, subject, stage,
                null, null, false);
        TeacherPage found = registry.search(query, paging.offset(), paging.size());
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        found.items().forEach(t -> items.add(TeacherJson.summary(t)));
        return JsonBuilders.createObjectBuilder().add("items", items).add("total", found.total()).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") long id) {
        return TeacherJson.details(registry.details(id));
    }

    @POST
    public Response register(JsonObject body, @jakarta.ws.rs.core.Context UriInfo uri) {
        long id = registry.register(TeacherJson.text(body, "identityNumber"),
                RequestBodies.requiredLong(body, "schoolId"), TeacherJson.profile(body));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + id))
                .entity(TeacherJson.details(registry.details(id))).build();
    }

    /** A correction: the body carries the {@code version} that was read; a newer one answers 409. */
    @PUT
    @Path("{id}")
    public JsonObject correct(@PathParam("id") long id, JsonObject body) {
        registry.correct(id, RequestBodies.requiredLong(body, "version"), TeacherJson.profile(body));
        return TeacherJson.details(registry.details(id));
    }

    /** A dated move to another school: {@code {"schoolId": 12, "on": "2026-09-01"}}. */
    @POST
    @Path("{id}/moves")
    public JsonObject move(@PathParam("id") long id, JsonObject body) {
        registry.moveToSchool(id, RequestBodies.requiredLong(body, "schoolId"),
                RequestBodies.requiredDate(body, "on"));
        return TeacherJson.details(registry.details(id));
    }

    /** The teacher's training archive (api.md): every shown result with its status, and the integrity record. */
    @GET
    @Path("{id}/archive")
    public JsonObject archive(@PathParam("id") long id) {
        return cn.edu.ttms.interfaces.rest.result.ResultJson.archive(archives.archive(id));
    }

    /** Compliance per cycle and per year (api.md); without {@code cycleStart}, the cycle that contains today. */
    @GET
    @Path("{id}/compliance")
    public JsonObject compliance(@PathParam("id") long id, @QueryParam("cycleStart") Integer cycleStart) {
        int start = cycleStart == null ? archives.currentCycleStart(id) : cycleStart;
        return cn.edu.ttms.interfaces.rest.result.ResultJson.compliance(id, archives.compliance(id, start));
    }
}
