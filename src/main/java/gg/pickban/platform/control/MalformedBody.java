package gg.pickban.platform.control;

/**
 * A request body that cannot be read as JSON or form data at all. The message is the contract's
 * {@code detail} text (conventions.md §3), written for the client; no stack trace, it only unwinds
 * one request.
 */
public final class MalformedBody extends RuntimeException {

    MalformedBody(String detail) {
        super(detail, null, false, false);
    }
}
