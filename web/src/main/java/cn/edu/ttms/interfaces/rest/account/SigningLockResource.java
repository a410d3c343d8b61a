package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.application.signing.SigningLocks;
import cn.edu.ttms.application.signing.SigningLocks.SigningLockView;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The signing locks an administrator sees and clears (issue 14, finding 3):
 * {@code GET /api/v1/signing-locks} lists the signers in scope with wrong signing PINs counted, each
 * {@code {accountId, username, displayName, organisation: {id, name}, signingLock}};
 * {@code DELETE /api/v1/signing-locks/{accountId}} clears one (204; outside scope 404). ADMIN only.
 */
@ApplicationScoped
@Path("v1/signing-locks")
@Produces(MediaType.APPLICATION_JSON)
public class SigningLockResource {

    @Inject
    SigningLocks locks;

    @GET
    public JsonObject list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new BadRequestException("page >= 0 and 1 <= size <= 500");
        }
        List<SigningLockView> all = locks.inScope();
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        all.stream().skip((long) page * size).limit(size).forEach(v -> items.add(JsonBuilders.createObjectBuilder()
                .add("accountId", v.accountId()).add("username", v.username()).add("displayName", v.displayName())
                .add("organisation", JsonBuilders.createObjectBuilder().add("id", v.organisationId())
                        .add("name", v.organisationName()))
                .add("signingLock", MeResource.signingLock(v.state()))));
        return JsonBuilders.createObjectBuilder().add("items", items).add("total", all.size()).build();
    }

    @DELETE
    @Path("{accountId}")
    public Response clear(@PathParam("accountId") long accountId) {
        locks.clear(accountId);
        return Response.noContent().build();
    }
}
