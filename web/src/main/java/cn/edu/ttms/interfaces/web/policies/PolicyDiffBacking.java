package cn.edu.ttms.interfaces.web.policies;

import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.infrastructure.policy.PolicyRulesJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * app/policies/diff.xhtml?a=…&b=…: two versions side by side, line by line of their rules; lines
 * that differ are marked. The JSON is written in a fixed order, so equal rules give equal lines.
 */
@Named
@RequestScoped
public class PolicyDiffBacking {

    @Inject
    CreditPolicies policies;

    private Long a;
    private Long b;
    private List<Line> lines;
    private String titleA;
    private String titleB;

    public void load() {
        CreditPolicy left = policies.get(a);
        CreditPolicy right = policies.get(b);
        titleA = left.name() + " v" + left.versionNo();
        titleB = right.name() + " v" + right.versionNo();
        String[] l = PolicyRulesJson.toJson(left.rules()).split("\n");
        String[] r = PolicyRulesJson.toJson(right.rules()).split("\n");
        lines = new ArrayList<>();
        for (int i = 0; i < Math.max(l.length, r.length); i++) {
            String x = i < l.length ? l[i] : "";
            String y = i < r.length ? r[i] : "";
            lines.add(new Line(x, y, !x.equals(y)));
        }
    }

    /** One line of each side. */
    public record Line(String left, String right, boolean differs) {
    }

    public Long getA() {
        return a;
    }

    public void setA(Long a) {
        this.a = a;
    }

    public Long getB() {
        return b;
    }

    public void setB(Long b) {
        this.b = b;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getTitleA() {
        return titleA;
    }

    public String getTitleB() {
        return titleB;
    }
}
