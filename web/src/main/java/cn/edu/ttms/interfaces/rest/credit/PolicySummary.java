package cn.edu.ttms.interfaces.rest.credit;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A version of a credit policy without its rules. {@code effectiveTo} and {@code jurisdiction} are
 * always present ({@code null}: open-ended, and the default policy that applies everywhere);
 * {@code note} only when there is one.
 */
@Schema(name = "CreditPolicySummary")
@JsonbPropertyOrder({"id", "name", "version", "effectiveFrom", "effectiveTo", "jurisdiction", "note"})
public record PolicySummary(
        long id,
        String name,
        int version,
        LocalDate effectiveFrom,
        @JsonbNillable @Schema(nullable = true) LocalDate effectiveTo,

        @JsonbNillable @Schema(implementation = Jurisdiction.class, nullable = true)
        JsonValue jurisdiction,

        String note) {

    /** The organisation whose subtree a policy applies to. */
    @Schema(name = "CreditPolicyJurisdiction")
    @JsonbPropertyOrder({"id", "name"})
    public record Jurisdiction(long id, String name) {}

    static PolicySummary of(CreditPolicy p) {
        return new PolicySummary(
                p.id(), p.name(), p.versionNo(), p.effectiveFrom(), p.effectiveTo(), jurisdiction(p), p.note());
    }

    /**
     * The jurisdiction as a JSON value: Yasson (3.0.x) leaves out a {@code null} record-typed
     * property even under {@code @JsonbNillable}, and clients test {@code isNull("jurisdiction")};
     * {@link JsonValue#NULL} is written as {@code null}.
     */
    static JsonValue jurisdiction(CreditPolicy p) {
        return p.jurisdiction() == null
                ? JsonValue.NULL
                : JsonBuilders.createObjectBuilder()
                        .add("id", p.jurisdiction().id())
                        .add("name", p.jurisdiction().name())
                        .build();
    }
}
