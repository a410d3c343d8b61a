package cn.edu.ttms.interfaces.rest.credit;

import cn.edu.ttms.application.archive.WhatIfReplay;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.infrastructure.policy.PolicyRulesJson;
import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/**
 * {@code /api/v1/credit-policies}: the versions of the credit policies (public rules, readable by
 * everyone signed in), their history, and new versions by administrators.
 */
@ApplicationScoped
@Path("v1/credit-policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "credit-policies")
public class CreditPolicyResource {

    @Inject
    CreditPolicies policies;

    @Inject
    WhatIfReplay whatIf;

    @GET
    @Operation(operationId = "listCreditPolicies", summary = "学时学分政策的各个版本")
    public PolicyList list(@BeanParam Paging paging) {
        List<CreditPolicy> all = policies.all();
        return new PolicyList(
                all.stream()
                        .skip(paging.offset())
                        .limit(paging.size())
                        .map(PolicySummary::of)
                        .toList(),
                all.size());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCreditPolicy", summary = "一个政策版本及其规则")
    public PolicyDetails get(@PathParam("id") long id) {
        return PolicyDetails.of(policies.get(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getCreditPolicyHistory", summary = "一项政策的全部版本")
    public PolicyHistory history(@PathParam("id") long id) {
        return new PolicyHistory(
                policies.history(id).stream().map(PolicySummary::of).toList());
    }

    /**
     * A new version: {@code {"basedOn": 1, "effectiveFrom": "2027-01-01", "rules": {…}, "note": "…"}}; with a
     * different {@code name} or a {@code jurisdictionId}, a new policy based on it.
     */
    @POST
    @Operation(operationId = "createCreditPolicyVersion", summary = "发布政策的新版本（仅管理员）")
    @APIResponse(
            responseCode = "201",
            description = "新版本",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PolicyDetails.class)))
    public Response create(@NotNull @Valid NewPolicyVersion body) {
        cn.edu.ttms.domain.model.policy.PolicyRules rules;
        try {
            rules = PolicyRulesJson.fromJson(body.rules().toString());
        } catch (IllegalArgumentException e) {
            // the reader names the field and what it holds ("publicationMonths must hold names only, not 1"):
            // the administrator writing rules needs exactly that, in the reader's own words
            throw new cn.edu.ttms.interfaces.rest.problem.InvalidField(
                    "rules", "api.expects.policyRules", e.getMessage());
        }
        long id = policies.newVersion(
                body.basedOn(), body.name(), body.jurisdictionId(), body.effectiveFrom(), rules, body.note());
        return Response.status(201).entity(get(id)).build();
    }

    /**
     * What-if replay: the stored results of one teacher ({@code teacherId}) or of every teacher of a school
     * or county ({@code unitId}) recomputed under this version, with the difference per teacher (largest
     * first, paged) and in total. Nothing is written. Staff in scope only.
     */
    @GET
    @Path("{id}/what-if")
    @Operation(operationId = "replayCreditPolicy", summary = "按该政策版本重算已有成绩（只计算，不写入）：给出 teacherId 或 unitId 之一")
    public WhatIfAnswer whatIf(
            @PathParam("id") long id,
            @QueryParam("teacherId") Long teacherId,
            @QueryParam("unitId") Long unitId,
            @BeanParam Paging paging) {
        if ((teacherId == null) == (unitId == null)) {
            throw new BadRequestException("give either teacherId or unitId");
        }
        var report = teacherId != null ? whatIf.forTeacher(id, teacherId) : whatIf.forUnit(id, unitId);
        return WhatIfAnswer.of(report, paging.offset(), paging.size());
    }
}
