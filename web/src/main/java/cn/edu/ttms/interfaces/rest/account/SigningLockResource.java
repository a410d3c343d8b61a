package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.application.signing.SigningLocks;
import cn.edu.ttms.application.signing.SigningLocks.SigningLockView;
import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signing locks an administrator sees and clears (issue 14, finding 3):
 * {@code GET /api/v1/signing-locks} lists the signers in scope with wrong signing PINs counted;
 * {@code DELETE /api/v1/signing-locks/{accountId}} clears one (204; outside scope 404). ADMIN only.
 */
@ApplicationScoped
@Path("v1/signing-locks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signing-locks")
public class SigningLockResource {

    @Inject
    SigningLocks locks;

    /** A signer with wrong signing PINs counted. */
    @Schema(name = "SignerLock")
    @JsonbPropertyOrder({"accountId", "username", "displayName", "organisation", "signingLock"})
    public record SignerLock(
            long accountId,
            String username,
            String displayName,
            Unit organisation,
            SigningCertificate.SigningLock signingLock) {

        static SignerLock of(SigningLockView v) {
            return new SignerLock(
                    v.accountId(),
                    v.username(),
                    v.displayName(),
                    new Unit(v.organisationId(), v.organisationName()),
                    new SigningCertificate.SigningLock(
                            v.state().failures(),
                            v.state().lockedUntil(),
                            v.state().isLocked()));
        }
    }

    /** The signer's unit. */
    @Schema(name = "SignerUnit")
    @JsonbPropertyOrder({"id", "name"})
    public record Unit(long id, String name) {}

    /** A page of signers. */
    @Schema(name = "SignerLockList")
    @JsonbPropertyOrder({"items", "total"})
    public record SignerLocks(List<SignerLock> items, int total) {}

    @GET
    @Operation(operationId = "listSigningLocks", summary = "管理范围内签名 PIN 输错或被锁定的签名人（管理员）")
    public SignerLocks list(@BeanParam Paging paging) {
        List<SigningLockView> all = locks.inScope();
        return new SignerLocks(
                all.stream()
                        .skip(paging.offset())
                        .limit(paging.size())
                        .map(SignerLock::of)
                        .toList(),
                all.size());
    }

    @DELETE
    @Path("{accountId}")
    @Operation(operationId = "clearSigningLock", summary = "解除一名签名人的签名锁定（管理员）")
    @APIResponse(responseCode = "204", description = "已解除")
    public Response clear(@PathParam("accountId") long accountId) {
        locks.clear(accountId);
        return Response.noContent().build();
    }
}
