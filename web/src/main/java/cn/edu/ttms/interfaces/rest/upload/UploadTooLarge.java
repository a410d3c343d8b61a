package cn.edu.ttms.interfaces.rest.upload;

import java.io.IOException;

/**
 * A request body grew past the configured limit while it was arriving. An IOException, because it
 * is raised from inside the stream the container and the multipart reader read from; the API
 * answers 413 with a problem document.
 */
public class UploadTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public UploadTooLarge(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The limit in whole megabytes (MiB), rounded up, as the message shows it. */
    public long limitInMegabytes() {
        return (limit + (1 << 20) - 1) >> 20;
    }
}
