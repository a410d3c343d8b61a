package cn.edu.ttms.interfaces.rest.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.application.enrolment.Enrolments;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * One enrolment: the decision on an application ({@code {"approve": true}} or {@code {"approve":
 * false, "reason": "…"}}) and withdrawal before the training starts.
 */
@ApplicationScoped
@Path("v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    @Inject
    Enrolments enrolments;

    @POST
    @Path("{id}/decision")
    public JsonObject decide(@PathParam("id") long id, JsonObject body) {
        if (body == null || !body.containsKey("approve")) {
            throw new IllegalArgumentException("approve is required: true or false");
        }
        return EnrolmentJson.of(enrolments.decide(id, body.getBoolean("approve"), body.getString("reason", null)));
    }

    @POST
    @Path("{id}/withdrawal")
    public JsonObject withdraw(@PathParam("id") long id, JsonObject body) {
        return EnrolmentJson.of(enrolments.withdraw(id, body == null ? null : body.getString("reason", null)));
    }
}
