package cn.edu.ttms.interfaces.rest.account;

import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.account.AccountService;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.organisation.Organisation;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/me}: who the caller is (api.md), and for a teacher the id of their record. */
@ApplicationScoped
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    cn.edu.ttms.application.signing.SignerCertificates certificates;

    @GET
    public JsonObject me() {
        UserAccount account = accounts.current().orElseThrow(NotFoundException::new);
        JsonArrayBuilder roles = JsonBuilders.createArrayBuilder();
        account.roles().stream().sorted().map(Role::name).forEach(roles::add);
        Organisation organisation = account.organisation();
        var json = JsonBuilders.createObjectBuilder()
                .add("username", account.username())
                .add("displayName", account.displayName())
                .add("roles", roles)
                .add("organisation", JsonBuilders.createObjectBuilder()
                        .add("id", organisation.id())
                        .add("name", organisation.name())
                        .add("level", organisation.kind().name()));
        // beyond api.md's fields, for a teacher's own client: where their record is
        if (account.teacherId() == null) {
            json.addNull("teacherId");
        } else {
            json.add("teacherId", account.teacherId());
        }
        return json.build();
    }

    /**
     * The caller's signing certificate (never its key), with {@code signingLock}: the wrong signing PINs
     * in a row and until when signing is (or was last) locked; 404 when none was issued yet.
     */
    @GET
    @Path("signing-certificate")
    public JsonObject signingCertificate() {
        JsonObject certificate = certificates.mine().map(MeResource::certificate).orElseThrow(NotFoundException::new);
        return JsonBuilders.createObjectBuilder(certificate).add("signingLock", signingLock(certificates.myLock()))
                .build();
    }

    /** {@code {"failedAttempts", "lockedUntil" (null when never locked), "locked"}}. */
    static JsonObject signingLock(cn.edu.ttms.application.signing.PinLockState state) {
        var json = JsonBuilders.createObjectBuilder().add("failedAttempts", state.failures());
        if (state.lockedUntil() == null) {
            json.addNull("lockedUntil");
        } else {
            json.add("lockedUntil", state.lockedUntil().toString());
        }
        return json.add("locked", state.isLocked()).build();
    }

    /** Sets a signing PIN: {@code {"pin"}} → a new key pair and certificate (the old one is revoked), 201. */
    @jakarta.ws.rs.POST
    @Path("signing-certificate")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response enrol(JsonObject body) {
        String pin = cn.edu.ttms.interfaces.rest.RequestBodies.textOrNumber(body, "pin");
        return jakarta.ws.rs.core.Response.status(201)
                .entity(certificate(certificates.enrol(pin == null ? new char[0] : pin.toCharArray()))).build();
    }

    private static JsonObject certificate(cn.edu.ttms.application.signing.CertificateInfo c) {
        return JsonBuilders.createObjectBuilder().add("id", c.id()).add("serial", c.serial()).add("subject", c.subject())
                .add("issuedAt", c.issuedAt().toString()).add("notAfter", c.notAfter().toString())
                .add("revoked", c.revoked()).build();
    }
}
