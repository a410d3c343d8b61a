package cn.edu.ttms.domain.model.shared;

/** A role or an ownership says no: the caller may not take this step (403 on the API). */
public class Forbidden extends DomainException {

    private static final long serialVersionUID = 1L;

    public Forbidden(String messageKey, String englishMessage, Object... args) {
        super(Kind.FORBIDDEN, messageKey, englishMessage, args);
    }
}
