package cn.edu.ttms.interfaces.web.policies;

import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.infrastructure.policy.LineDiff;
import cn.edu.ttms.infrastructure.policy.PolicyRulesJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * app/policies/diff.xhtml?a=…&b=…: two versions side by side, line by line of their rules, aligned
 * by their longest common subsequence ({@link LineDiff}), so that a line added in the middle shifts
 * nothing; each row is marked same, changed, added or removed. The JSON is written in a fixed
 * order, so equal rules give equal lines.
 */
@Named
@RequestScoped
public class PolicyDiffBacking {

    @Inject
    CreditPolicies policies;

    private Long a;
    private Long b;
    private List<LineDiff.Row> lines;
    private String titleA;
    private String titleB;

    public void load() {
        CreditPolicy left = policies.get(a);
        CreditPolicy right = policies.get(b);
        titleA = left.name() + " v" + left.versionNo();
        titleB = right.name() + " v" + right.versionNo();
        lines = LineDiff.of(PolicyRulesJson.toJson(left.rules()), PolicyRulesJson.toJson(right.rules()));
    }

    /** Whether the two versions hold the same rules: every row is the same line. */
    public boolean isIdentical() {
        return lines != null && lines.stream().allMatch(l -> l.kind() == LineDiff.Kind.SAME);
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

    public List<LineDiff.Row> getLines() {
        return lines;
    }

    public String getTitleA() {
        return titleA;
    }

    public String getTitleB() {
        return titleB;
    }
}
