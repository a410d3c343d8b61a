package cn.edu.ttms.interfaces.rest.credit;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.infrastructure.policy.PolicyRulesJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A version of a credit policy with its rules. The rules are the policy's own versioned document
 * (written by {@link PolicyRulesJson}, {@code formatVersion} 1), passed through as it is stored:
 * see docs/decisions.md, "Policy rules stay a document".
 */
@Schema(name = "CreditPolicy")
@JsonbPropertyOrder({"id", "name", "version", "effectiveFrom", "effectiveTo", "jurisdiction", "note", "rules"})
public record PolicyDetails(
        long id,
        String name,
        int version,
        LocalDate effectiveFrom,
        @JsonbNillable @Schema(nullable = true) LocalDate effectiveTo,

        @JsonbNillable @Schema(implementation = PolicySummary.Jurisdiction.class, nullable = true)
        JsonValue jurisdiction,

        String note,

        @Schema(type = SchemaType.OBJECT, description = PolicyDetails.RULES)
        JsonObject rules) {

    static final String RULES = "学时学分规则文档（formatVersion 1：各级别的学分系数范围、成绩等级、折算与达标要求），"
            + "原样存取；结构由服务器逐项校验 (the policy's versioned rules document)";

    static PolicyDetails of(CreditPolicy p) {
        PolicySummary s = PolicySummary.of(p);
        JsonObject rules = JsonBuilders.createReader(new StringReader(PolicyRulesJson.toJson(p.rules())))
                .readObject();
        return new PolicyDetails(
                s.id(), s.name(), s.version(), s.effectiveFrom(), s.effectiveTo(), s.jurisdiction(), s.note(), rules);
    }
}
