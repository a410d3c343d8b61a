package cn.edu.ttms.interfaces.rest.document;

import cn.edu.ttms.application.document.RevocationList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The deployment's certificate authority, public (issue 18, item 5): its certificate, the trust anchor
 * for every signature and document, and its revocation list.
 */
@ApplicationScoped
@Path("v1/ca")
@Tag(name = "documents")
public class AuthorityResource {

    @Inject
    RevocationList revocations;

    @GET
    @Path("crl")
    @Produces("application/pkix-crl")
    @Operation(operationId = "getCrl", summary = "签名根证书的证书吊销列表（DER，无需登录）")
    @APIResponse(
            responseCode = "200",
            description = "CRL",
            content =
                    @Content(
                            mediaType = "application/pkix-crl",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response crl() {
        return Response.ok(revocations.crl(), "application/pkix-crl")
                .header("Content-Disposition", "attachment; filename=\"ttms-ca.crl\"")
                .header("Cache-Control", "max-age=300")
                .build();
    }

    @GET
    @Path("certificate")
    @Produces("application/x-pem-file")
    @Operation(operationId = "getCaCertificate", summary = "签名根证书（PEM，无需登录）：核验签名和离线核验二维码用")
    public Response certificate() {
        return Response.ok(revocations.certificate(), "application/x-pem-file")
                .header("Content-Disposition", "attachment; filename=\"ttms-ca.pem\"")
                .build();
    }
}
