package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.application.account.AccountService;
import cn.edu.ttms.application.signing.SignerCertificates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/me}: who the caller is (api.md), and for a teacher the id of their record. */
@ApplicationScoped
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    SignerCertificates certificates;

    @GET
    @Operation(operationId = "getMe", summary = "当前用户：账号、姓名、角色、所属单位")
    public Me me() {
        return Me.of(accounts.current().orElseThrow(NotFoundException::new));
    }

    /**
     * Changes the caller's password (api.md): 204; the current password, or while the account has one
     * the one-time password, must be right (422 otherwise, audited). The one path, with {@code GET /me},
     * that an account with a one-time password may use.
     */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyPassword", summary = "修改本人密码（首次登录须先用一次性密码设置自己的密码）")
    @APIResponse(responseCode = "204", description = "已修改")
    public Response changePassword(@Valid @jakarta.validation.constraints.NotNull PasswordChange body) {
        accounts.changePassword(body.current().toCharArray(), body.next().toCharArray());
        return Response.noContent().build();
    }

    /**
     * The caller's signing certificate (never its key), with {@code signingLock}: the wrong signing PINs
     * in a row and until when signing is (or was last) locked; 404 when none was issued yet.
     */
    @GET
    @Path("signing-certificate")
    @Operation(operationId = "getSigningCertificate", summary = "当前用户的签名证书与签名锁定状态（尚未设置 PIN 时 404）")
    public SigningCertificate signingCertificate() {
        return certificates
                .mine()
                .map(c -> SigningCertificate.of(c, certificates.myLock()))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Sets a signing PIN: {@code {"pin"}} → a new key pair and certificate (the old one is revoked),
     * 201. No body at all is the same as a missing PIN: the domain says how long it must be.
     */
    @POST
    @Path("signing-certificate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "enrolSigningCertificate", summary = "设置签名 PIN，签发新证书（旧证书吊销）")
    @APIResponse(
            responseCode = "201",
            description = "新证书",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SigningCertificate.class)))
    public Response enrol(@Valid SigningPin body) {
        String pin = body == null ? null : body.pin();
        return Response.status(201)
                .entity(SigningCertificate.of(certificates.enrol(pin == null ? new char[0] : pin.toCharArray())))
                .build();
    }
}
