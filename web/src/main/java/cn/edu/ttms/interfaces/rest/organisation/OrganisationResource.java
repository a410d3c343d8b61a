package cn.edu.ttms.interfaces.rest.organisation;

import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.ws.rs.BeanParam;
import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.organisation.OrganisationAdmin;
import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.interfaces.rest.RequestBodies;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.List;

/** {@code /api/v1/organisations}: the caller's subtree of the organisation tree, and its upkeep. */
@ApplicationScoped
@Path("v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    cn.edu.ttms.application.archive.Archives archives;

    @Inject
    OrganisationAdmin admin;

    @GET
    public JsonObject list(@BeanParam Paging paging) {
        List<OrganisationNode> all = admin.subtree();
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        all.stream().skip(paging.offset()).limit(paging.size()).forEach(n -> items.add(json(n)));
        return JsonBuilders.createObjectBuilder().add("items", items).add("total", all.size()).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") long id) {
        return json(admin.get(id));
    }

    /** {@code {"parentId": 5, "kind": "SCHOOL", "name": "…", "code": "…"}} */
    @POST
    public Response create(JsonObject body) {
        long id = admin.create(RequestBodies.requiredLong(body, "parentId"),
                RequestBodies.requiredEnum(OrganisationKind.class, body, "kind"), RequestBodies.requiredText(body, "name"),
                body.getString("code", null));
        return Response.status(201).entity(json(admin.get(id))).build();
    }

    /** A rename: {@code {"version": 0, "name": "…"}}. */
    @PUT
    @Path("{id}")
    public JsonObject rename(@PathParam("id") long id, JsonObject body) {
        admin.rename(id, RequestBodies.requiredLong(body, "version"), RequestBodies.requiredText(body, "name"));
        return json(admin.get(id));
    }

    @POST
    @Path("{id}/move")
    public JsonObject move(@PathParam("id") long id, JsonObject body) {
        admin.move(id, RequestBodies.requiredLong(body, "parentId"));
        return json(admin.get(id));
    }

    @POST
    @Path("{id}/close")
    public JsonObject close(@PathParam("id") long id) {
        admin.close(id);
        return json(admin.get(id));
    }

    private static JsonObject json(OrganisationNode n) {
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder().add("id", n.id()).add("kind", n.kind().name())
                .add("name", n.name()).add("depth", n.depth()).add("closed", n.closed()).add("version", n.version());
        if (n.parentId() == null) {
            json.addNull("parentId");
        } else {
            json.add("parentId", n.parentId());
        }
        if (n.code() != null) {
            json.add("code", n.code());
        }
        return json.build();
    }

    /**
     * The compliance of a school or county in scope: how many of its teachers meet the cycle's minimums
     * (or one year's, with {@code year}), and who falls short of what; paged, non-compliant first.
     */
    @GET
    @Path("{id}/compliance")
    public JsonObject compliance(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("cycleStart") int cycleStart,
            @jakarta.ws.rs.QueryParam("year") Integer year,
            @BeanParam Paging paging) {
        return cn.edu.ttms.interfaces.rest.result.ResultJson.unit(archives.ofUnit(id, cycleStart, year), paging.offset(),
                paging.size());
    }
}
