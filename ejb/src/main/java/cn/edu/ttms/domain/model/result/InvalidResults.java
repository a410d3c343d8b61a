package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.shared.HasViolations;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.Violation;
import java.util.List;

/** Results that cannot be saved: every problem at once, each naming its row and column; nothing is saved. */
public class InvalidResults extends Invalid implements HasViolations {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidResults(List<Violation> violations) {
        super(
                "error.result.invalid",
                "The results have " + violations.size() + " problem(s): " + violations,
                violations.size());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
