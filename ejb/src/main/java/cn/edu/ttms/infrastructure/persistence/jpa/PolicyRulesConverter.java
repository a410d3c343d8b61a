package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.infrastructure.policy.PolicyRulesJson;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a policy version's rules as readable JSON (every number of rules.md). */
@Converter(autoApply = true)
public class PolicyRulesConverter implements AttributeConverter<PolicyRules, String> {

    @Override
    public String convertToDatabaseColumn(PolicyRules rules) {
        return rules == null ? null : PolicyRulesJson.toJson(rules);
    }

    @Override
    public PolicyRules convertToEntityAttribute(String json) {
        return json == null ? null : PolicyRulesJson.fromJson(json);
    }
}
