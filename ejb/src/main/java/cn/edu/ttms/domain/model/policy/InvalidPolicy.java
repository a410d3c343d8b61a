package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Invalid;
import java.util.List;

/**
 * A credit policy that cannot be used: the rules are data (rules.md), so an administrator can get
 * them wrong, and every problem is reported at once rather than the first one only.
 */
public class InvalidPolicy extends Invalid {

    private static final long serialVersionUID = 1L;

    private final transient List<PolicyViolation> violations;

    public InvalidPolicy(List<PolicyViolation> violations) {
        super(
                "error.policy.invalid",
                "The credit policy has " + violations.size() + " problem(s): " + violations,
                violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<PolicyViolation> violations() {
        return violations;
    }

    /** Throws when there is any problem; lets constructors share the builder's checks. */
    static void throwIfAny(List<PolicyViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidPolicy(violations);
        }
    }
}
