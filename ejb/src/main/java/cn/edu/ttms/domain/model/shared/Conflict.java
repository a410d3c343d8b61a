package cn.edu.ttms.domain.model.shared;

/** The current state forbids the step, or it would make a duplicate (409 on the API). */
public class Conflict extends DomainException {

    private static final long serialVersionUID = 1L;

    public Conflict(String messageKey, String englishMessage, Object... args) {
        super(Kind.CONFLICT, messageKey, englishMessage, args);
    }
}
