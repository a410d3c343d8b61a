package cn.edu.ttms.interfaces.rest.document;

import cn.edu.ttms.application.document.Certificates;
import cn.edu.ttms.application.document.IssuedPdf;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/projects/{id}/certificates} (api.md): a class's certificates in one zip. */
@ApplicationScoped
@Path("v1/projects/{id}/certificates")
@Tag(name = "documents")
public class ProjectCertificateResource {

    @Inject
    Certificates certificates;

    @Inject
    PublicAddress address;

    @GET
    @Produces("application/zip")
    @Operation(operationId = "getProjectCertificates", summary = "一个项目全部合格学员的结业证书（zip，每人一份签名 PDF）")
    @APIResponse(
            responseCode = "200",
            description = "zip",
            content =
                    @Content(
                            mediaType = "application/zip",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response certificates(@PathParam("id") long id, @Context HttpServletRequest request) {
        List<IssuedPdf> all = certificates.ofProject(id, address.base(request));
        String name = certificates.projectName(id);
        return DocumentDownloads.zip(CertificateZip.of(all, name), "结业证书-" + name + ".zip");
    }
}
