package cn.edu.ttms.domain.model.shared;

/** Input that cannot be processed: a value out of range, a missing reason, a bad file (422 on the API). */
public class Invalid extends DomainException {

    private static final long serialVersionUID = 1L;

    public Invalid(String messageKey, String englishMessage, Object... args) {
        super(Kind.INVALID, messageKey, englishMessage, args);
    }
}
