package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.HasViolations;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.Violation;
import java.util.List;

/** A project's terms that cannot stand: every problem is reported at once, each naming its field. */
public class InvalidProject extends Invalid implements HasViolations {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidProject(List<Violation> violations) {
        super(
                "error.project.invalid",
                "The project has " + violations.size() + " problem(s): " + violations,
                violations.size());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }

    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidProject(violations);
        }
    }
}
