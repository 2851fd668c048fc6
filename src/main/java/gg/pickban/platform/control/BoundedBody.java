package gg.pickban.platform.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that yields at most {@code limit} bytes: the read that would go past it throws
 * {@link BodyTooLarge} instead. It never asks the source for more than one byte beyond the limit,
 * so a body without a declared length (chunked) is refused after at most {@code limit + 1} bytes
 * were taken off the connection, not after it was read whole.
 */
public final class BoundedBody extends FilterInputStream {

    private final long limit;
    private long count;

    public BoundedBody(InputStream body, long limit) {
        super(body);
        this.limit = limit;
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
        if (length == 0) {
            return 0;
        }
        int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws BodyTooLarge {
        count += n;
        if (count > limit) {
            throw new BodyTooLarge(limit);
        }
    }
}
