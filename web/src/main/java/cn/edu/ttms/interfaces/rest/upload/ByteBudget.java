package cn.edu.ttms.interfaces.rest.upload;

/**
 * How many bytes a request body may still bring: the one count behind both the request filter's
 * stream and the reading of an upload part, so that both stop at the same byte.
 */
final class ByteBudget {

    private final long limit;
    private long spent;

    ByteBudget(long limit) {
        this.limit = limit;
    }

    /** Counts bytes that have arrived; past the limit, the body is refused. */
    void spend(long bytes) throws UploadTooLarge {
        spent += bytes;
        if (spent > limit) {
            throw new UploadTooLarge(limit);
        }
    }
}
