package cn.edu.ttms.interfaces.rest.document;

import cn.edu.ttms.application.document.Certificates;
import cn.edu.ttms.interfaces.shared.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/teachers/{id}/certificates/{projectId}}: a teacher's own completion certificate of a
 * project, for the teacher themself and staff in scope; another teacher's id answers 404.
 */
@ApplicationScoped
@Path("v1/teachers/{id}/certificates")
@Tag(name = "documents")
public class TeacherCertificateResource {

    @Inject
    Certificates certificates;

    @Inject
    PublicAddress address;

    @GET
    @Path("{projectId}")
    @Produces("application/pdf")
    @Operation(operationId = "getTeacherCertificate", summary = "教师在一个项目的结业证书（带签名的 PDF）")
    @APIResponse(
            responseCode = "200",
            description = "签名的 PDF",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response certificate(
            @PathParam("id") long id, @PathParam("projectId") long projectId, @Context HttpServletRequest request) {
        return DocumentDownloads.pdf(certificates.ofTeacher(id, projectId, address.base(request)));
    }
}
