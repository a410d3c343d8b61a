package cn.edu.ttms.interfaces.web.policies;

import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** app/policies/list.xhtml: every version of every credit policy. */
@Named
@RequestScoped
public class PolicyListBacking {

    @Inject
    CreditPolicies policies;

    private List<PolicyRow> rows;

    public List<PolicyRow> getRows() {
        if (rows == null) {
            rows = policies.all().stream().map(PolicyRow::of).toList();
        }
        return rows;
    }

    /** A version as the list shows it. */
    public record PolicyRow(long id, String name, int version, String jurisdiction, String from, String to)
            implements Serializable {
        static PolicyRow of(CreditPolicy p) {
            return new PolicyRow(
                    p.id(),
                    p.name(),
                    p.versionNo(),
                    p.jurisdiction() == null ? null : p.jurisdiction().name(),
                    p.effectiveFrom().toString(),
                    p.effectiveTo() == null ? null : p.effectiveTo().toString());
        }
    }
}
