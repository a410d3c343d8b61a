package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.HasViolations;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.Violation;
import java.util.List;

/** A step that needs a reason (returning a project to its proposer) was taken without one: the field is {@code reason}. */
public class MissingReason extends Invalid implements HasViolations {

    private static final long serialVersionUID = 1L;

    public MissingReason(String messageKey, String englishMessage) {
        super(messageKey, englishMessage);
    }

    @Override
    public List<Violation> violations() {
        return List.of(Violation.of("reason", messageKey()));
    }
}
