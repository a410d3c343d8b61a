package cn.edu.ttms.interfaces.rest.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it and fails with {@link UploadTooLarge} once past the limit. */
public class LimitedInputStream extends FilterInputStream {

    private final ByteBudget budget;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.budget = new ByteBudget(limit);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws UploadTooLarge {
        budget.spend(n);
    }

    /**
     * All bytes of a stream, at most {@code limit} of them; never allocates more than what has
     * arrived, so a 900 MB upload costs at most the limit in memory before it is refused.
     */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        try (InputStream limited = new LimitedInputStream(in, limit)) {
            return limited.readAllBytes();
        }
    }
}
