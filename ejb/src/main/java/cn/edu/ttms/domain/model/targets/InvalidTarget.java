package cn.edu.ttms.domain.model.targets;

import cn.edu.ttms.domain.model.shared.HasViolations;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.Violation;
import java.util.List;

/** A target the bureau entered that cannot be kept; names the field (its first argument) for the form and the API. */
public class InvalidTarget extends Invalid implements HasViolations {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidTarget(String messageKey, String englishMessage, String field, Object... more) {
        super(messageKey, englishMessage, args(field, more));
        this.field = field;
    }

    private static Object[] args(String field, Object... more) {
        Object[] all = new Object[more.length + 1];
        all[0] = field;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }

    public String field() {
        return field;
    }

    @Override
    public List<Violation> violations() {
        return List.of(new Violation(field, messageKey(), args()));
    }
}
