package gg.pickban.platform.control;

/**
 * A request body that cannot be read as JSON or form data at all. The message is the contract's
 * {@code detail} text (docs/api.md §2, request bodies), written for the client; no stack trace, it only unwinds
 * one request.
 */
public final class MalformedBody extends RuntimeException {

    MalformedBody(String detail) {
        super(detail, null, false, false);
    }
}
