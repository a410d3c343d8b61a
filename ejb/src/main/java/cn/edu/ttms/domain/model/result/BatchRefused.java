package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.shared.DomainException;

/**
 * A step of the sign-off chain or an edit that the batch's state does not allow, with the reason
 * the user reads. Its {@link #kind()} tells the API to answer 409 (the state forbids it), 403 (not the
 * caller's step) or 422 (the request itself is wrong).
 */
public class BatchRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    private BatchRefused(String key, String english, Kind kind, Object... args) {
        super(kind, key, english, args);
    }

    public static BatchRefused notEditable(BatchStatus status) {
        return new BatchRefused(
                "error.batch.notEditable",
                "the results are signed (" + status + "); a reviewer must return them before they change",
                Kind.CONFLICT,
                status);
    }

    public static BatchRefused wrongStep(BatchStatus status, SignatureMeaning meaning) {
        return new BatchRefused(
                "error.batch.wrongStep",
                "a batch in " + status + " cannot be signed " + meaning,
                Kind.CONFLICT,
                status,
                meaning);
    }

    public static BatchRefused notReturnable(BatchStatus status) {
        return new BatchRefused(
                "error.batch.notReturnable", "a batch in " + status + " cannot be returned", Kind.CONFLICT, status);
    }

    /** The caller's role or scope does not give this step (403). */
    public static BatchRefused notYourStep(SignatureMeaning meaning) {
        return new BatchRefused(
                "error.batch.notYourStep",
                "this step of the chain is not yours: " + (meaning == null ? "RETURN" : meaning),
                Kind.FORBIDDEN,
                meaning == null ? "RETURN" : meaning);
    }

    public static BatchRefused reasonRequired() {
        return new BatchRefused("error.batch.reasonRequired", "a returned batch needs a reason", Kind.INVALID);
    }

    public static BatchRefused tampered() {
        return new BatchRefused(
                "error.batch.tampered",
                "rows were changed after signing; the batch cannot be signed further",
                Kind.CONFLICT);
    }

    public static BatchRefused empty() {
        return new BatchRefused("error.batch.empty", "the batch has no results to sign", Kind.CONFLICT);
    }

    public static BatchRefused unscored(String names) {
        return new BatchRefused("error.batch.unscored", "results without a score: " + names, Kind.CONFLICT, names);
    }

    public static BatchRefused projectNotRunning(Object status) {
        return new BatchRefused(
                "error.batch.projectNotRunning",
                "results are entered once the project is in progress (it is " + status + ")",
                Kind.CONFLICT,
                status);
    }
}
