package cn.edu.ttms.interfaces.rest.credit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every version of one policy, oldest first: {@code {"items": [...]}} (short by nature, not paged). */
@Schema(name = "CreditPolicyHistory")
public record PolicyHistory(List<PolicySummary> items) {}
