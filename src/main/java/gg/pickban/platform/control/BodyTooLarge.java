package gg.pickban.platform.control;

import java.io.IOException;

/**
 * A request body went past the limit while it was being read. An {@link IOException}, since it
 * surfaces from a stream read; it unwinds one request, so it carries no stack trace.
 */
public final class BodyTooLarge extends IOException {

    private final long limit;

    public BodyTooLarge(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
