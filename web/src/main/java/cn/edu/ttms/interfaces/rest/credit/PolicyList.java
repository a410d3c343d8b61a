package cn.edu.ttms.interfaces.rest.credit;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the policy versions: {@code {"items": [...], "total": N}}. */
@Schema(name = "CreditPolicyList")
@JsonbPropertyOrder({"items", "total"})
public record PolicyList(List<PolicySummary> items, int total) {}
