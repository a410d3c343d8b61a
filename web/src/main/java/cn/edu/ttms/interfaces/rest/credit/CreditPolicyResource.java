package cn.edu.ttms.interfaces.rest.credit;

import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.ws.rs.BeanParam;
import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.infrastructure.policy.PolicyRulesJson;
import cn.edu.ttms.interfaces.rest.RequestBodies;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/credit-policies}: the versions of the credit policies (public rules, readable by
 * everyone signed in), their history, and new versions by administrators.
 */
@ApplicationScoped
@Path("v1/credit-policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditPolicyResource {

    @Inject
    CreditPolicies policies;

    @Inject
    cn.edu.ttms.application.archive.WhatIfReplay whatIf;

    @GET
    public JsonObject list(@BeanParam Paging paging) {
        List<CreditPolicy> all = policies.all();
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        all.stream().skip(paging.offset()).limit(paging.size())
                .forEach(p -> items.add(summary(p)));
        return JsonBuilders.createObjectBuilder().add("items", items).add("total", all.size()).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") long id) {
        CreditPolicy p = policies.get(id);
        return summary(p).add("rules", JsonBuilders.createReader(new StringReader(PolicyRulesJson.toJson(p.rules()))).readObject())
                .build();
    }

    @GET
    @Path("{id}/history")
    public JsonObject history(@PathParam("id") long id) {
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        policies.history(id).forEach(p -> items.add(summary(p)));
        return JsonBuilders.createObjectBuilder().add("items", items).build();
    }

    /**
     * A new version: {@code {"basedOn": 1, "effectiveFrom": "2027-01-01", "rules": {…}, "note": "…"}}; with a
     * different {@code name} or a {@code jurisdictionId}, a new policy based on it.
     */
    @POST
    public Response create(JsonObject body) {
        long id = policies.newVersion(RequestBodies.requiredLong(body, "basedOn"), body.getString("name", null),
                body.containsKey("jurisdictionId") && !body.isNull("jurisdictionId")
                        ? cn.edu.ttms.interfaces.rest.RequestBodies.requiredLong(body, "jurisdictionId") : null,
                RequestBodies.requiredDate(body, "effectiveFrom"),
                PolicyRulesJson.fromJson(RequestBodies.requiredObject(body, "rules").toString()), body.getString("note", null));
        return Response.status(201).entity(get(id)).build();
    }

    private static JsonObjectBuilder summary(CreditPolicy p) {
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder().add("id", p.id()).add("name", p.name())
                .add("version", p.versionNo()).add("effectiveFrom", p.effectiveFrom().toString());
        if (p.effectiveTo() == null) {
            json.addNull("effectiveTo");
        } else {
            json.add("effectiveTo", p.effectiveTo().toString());
        }
        if (p.jurisdiction() == null) {
            json.addNull("jurisdiction");
        } else {
            json.add("jurisdiction", JsonBuilders.createObjectBuilder().add("id", p.jurisdiction().id())
                    .add("name", p.jurisdiction().name()));
        }
        if (p.note() != null) {
            json.add("note", p.note());
        }
        return json;
    }

    /**
     * What-if replay: the stored results of one teacher ({@code teacherId}) or of every teacher of a school
     * or county ({@code unitId}) recomputed under this version, with the difference per teacher (largest
     * first, paged) and in total. Nothing is written. Staff in scope only.
     */
    @GET
    @Path("{id}/what-if")
    public JsonObject whatIf(@PathParam("id") long id, @QueryParam("teacherId") Long teacherId,
            @QueryParam("unitId") Long unitId, @BeanParam Paging paging) {
        if ((teacherId == null) == (unitId == null)) {
            throw new jakarta.ws.rs.BadRequestException("give either teacherId or unitId");
        }
        var r = teacherId != null ? whatIf.forTeacher(id, teacherId) : whatIf.forUnit(id, unitId);
        var items = jakarta.json.Json.createArrayBuilder();
        r.teachers().stream().skip(paging.offset()).limit(paging.size()).forEach(t -> {
            var changed = jakarta.json.Json.createArrayBuilder();
            t.changed().forEach(c -> {
                var o = jakarta.json.Json.createObjectBuilder().add("resultId", c.resultId())
                        .add("project", c.projectName()).add("year", c.year()).add("recorded", c.recorded())
                        .add("replayed", c.replayed());
                if (c.gradeRecorded() != null) {
                    o.add("gradeRecorded", c.gradeRecorded());
                }
                if (c.gradeReplayed() != null) {
                    o.add("gradeReplayed", c.gradeReplayed());
                }
                changed.add(o);
            });
            items.add(jakarta.json.Json.createObjectBuilder().add("teacherId", t.teacherId()).add("name", t.name())
                    .add("recorded", t.recorded()).add("replayed", t.replayed()).add("difference", t.difference())
                    .add("changed", changed));
        });
        return jakarta.json.Json.createObjectBuilder()
                .add("policy", jakarta.json.Json.createObjectBuilder().add("id", r.policyId()).add("name", r.policyName())
                        .add("version", r.policyVersion()))
                .add("results", r.results()).add("notComputable", r.notComputable())
                .add("recordedTotal", r.recordedTotal()).add("replayedTotal", r.replayedTotal())
                .add("difference", r.difference()).add("items", items).add("total", r.teachers().size()).build();
    }
}
