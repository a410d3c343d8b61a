package cn.edu.ttms.interfaces.rest.material;

import cn.edu.ttms.application.material.MaterialContent;
import cn.edu.ttms.application.material.ProjectMaterials;
import cn.edu.ttms.domain.model.material.MaterialKind;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.document.DocumentDownloads;
import cn.edu.ttms.interfaces.rest.problem.InvalidField;
import cn.edu.ttms.interfaces.rest.upload.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/projects/{id}/materials} (issue 17, workflow.md §6): the files the host uploads after a
 * class — notice, plan, photos, summary, satisfaction results — within a month of its last day. The lead,
 * the host's staff and the owning unit upload and delete; they and the staff whose subtree owns the
 * project list and download. A file's type is checked by its content, not only its name.
 */
@ApplicationScoped
@Path("v1/projects/{id}/materials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectMaterialResource {

    @Inject
    ProjectMaterials materials;

    @Inject
    Uploads uploads;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listProjectMaterials", summary = "项目的培训材料、尚缺的类别与提交期限")
    @APIResponse(
            responseCode = "200",
            description = "材料清单",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MaterialJson.Materials.class)))
    public MaterialJson.Materials list(@PathParam("id") long id) {
        return MaterialJson.Materials.of(materials.list(id), locale());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadProjectMaterial", summary = "上传一份培训材料（multipart：file、kind）")
    @APIResponse(
            responseCode = "201",
            description = "已保存的材料",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MaterialJson.Item.class)))
    public Response upload(
            @PathParam("id") long id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(ref = "#/components/schemas/ProjectMaterialUpload")))
                    @FormParam("file")
                    EntityPart file,
            @FormParam("kind") EntityPart kind)
            throws IOException {
        MaterialKind k = kind(kind);
        byte[] content = uploads.content(file);
        String name = Uploads.name(file, "file");
        return Response.status(Response.Status.CREATED)
                .entity(MaterialJson.Item.of(materials.upload(id, k, name, content), locale()))
                .build();
    }

    @GET
    @Path("{materialId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadProjectMaterial", summary = "下载一份培训材料")
    @APIResponse(
            responseCode = "200",
            description = "文件本身（Content-Disposition 带中文文件名）",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") long id, @PathParam("materialId") long materialId) {
        MaterialContent file = materials.download(id, materialId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", DocumentDownloads.disposition(file.fileName()))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{materialId}")
    @Operation(operationId = "deleteProjectMaterial", summary = "删除一份培训材料（项目归档前）")
    @APIResponse(responseCode = "204", description = "已删除")
    public Response delete(@PathParam("id") long id, @PathParam("materialId") long materialId) {
        materials.delete(id, materialId);
        return Response.noContent().build();
    }

    /** The part {@code kind}: one of the kinds' codes, else a 422 naming {@code kind}. */
    private static MaterialKind kind(EntityPart part) throws IOException {
        String allowed = Arrays.stream(MaterialKind.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (part == null) {
            throw InvalidField.required("kind");
        }
        String text;
        try (InputStream in = part.getContent()) {
            text = new String(in.readNBytes(64), StandardCharsets.UTF_8).strip();
        }
        try {
            return MaterialKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("kind", "api.expects.oneOf", allowed);
        }
    }

    private Locale locale() {
        return DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
