package cn.edu.ttms.interfaces.rest.organisation;

import cn.edu.ttms.application.archive.Archives;
import cn.edu.ttms.application.organisation.OrganisationAdmin;
import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/organisations}: the caller's subtree of the organisation tree, and its upkeep. */
@ApplicationScoped
@Path("v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisations")
public class OrganisationResource {

    @Inject
    Archives archives;

    @Inject
    OrganisationAdmin admin;

    @GET
    @Operation(operationId = "listOrganisations", summary = "调用者管理范围内的单位（组织机构树）")
    public OrganisationList list(@BeanParam Paging paging) {
        List<OrganisationNode> all = admin.subtree();
        return new OrganisationList(
                all.stream()
                        .skip(paging.offset())
                        .limit(paging.size())
                        .map(OrganisationUnit::of)
                        .toList(),
                all.size());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrganisation", summary = "一个单位")
    public OrganisationUnit get(@PathParam("id") long id) {
        return OrganisationUnit.of(admin.get(id));
    }

    @POST
    @Operation(operationId = "createOrganisation", summary = "新增单位")
    @APIResponse(
            responseCode = "201",
            description = "已新增",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationUnit.class)))
    public Response create(@NotNull @Valid NewOrganisation body) {
        long id = admin.create(body.parentId(), body.kind(), body.name(), body.code());
        return Response.status(201).entity(get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "renameOrganisation", summary = "单位改名（version 已过时则 409）")
    public OrganisationUnit rename(@PathParam("id") long id, @NotNull @Valid OrganisationRename body) {
        admin.rename(id, body.version(), body.name());
        return get(id);
    }

    @POST
    @Path("{id}/move")
    @Operation(operationId = "moveOrganisation", summary = "把单位移到另一个上级单位之下")
    @APIResponse(
            responseCode = "200",
            description = "移动后的单位",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationUnit.class)))
    public OrganisationUnit move(@PathParam("id") long id, @NotNull @Valid OrganisationMove body) {
        admin.move(id, body.parentId());
        return get(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeOrganisation", summary = "撤销单位")
    @APIResponse(
            responseCode = "200",
            description = "撤销后的单位",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationUnit.class)))
    public OrganisationUnit close(@PathParam("id") long id) {
        admin.close(id);
        return get(id);
    }

    /**
     * The compliance of a school or county in scope: how many of its teachers meet the cycle's minimums
     * (or one year's, with {@code year}), and who falls short of what; paged, non-compliant first.
     */
    @GET
    @Path("{id}/compliance")
    @Operation(operationId = "getUnitCompliance", summary = "单位的达标统计：多少教师达标，谁在哪一项上不足")
    public UnitComplianceReport compliance(
            @PathParam("id") long id,
            @QueryParam("cycleStart") int cycleStart,
            @QueryParam("year") Integer year,
            @BeanParam Paging paging) {
        return UnitComplianceReport.of(archives.ofUnit(id, cycleStart, year), paging.offset(), paging.size());
    }
}
