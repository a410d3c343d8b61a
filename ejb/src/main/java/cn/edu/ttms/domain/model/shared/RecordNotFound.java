package cn.edu.ttms.domain.model.shared;

/**
 * No such record — or none the caller may see. The two are deliberately the same answer, so that a
 * guessed id outside one's scope reveals nothing (404 on the API, "not found" on a page).
 */
public class RecordNotFound extends DomainException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String what, Object id) {
        super(Kind.NOT_FOUND, "error.notFound", what + " " + id + " not found", id);
    }
}
