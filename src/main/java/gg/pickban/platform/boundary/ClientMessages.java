package gg.pickban.platform.boundary;

import jakarta.websocket.Session;

/**
 * How large one message from a client may be, on every socket: a captain's heartbeat is about 25
 * characters and spectators' messages are ignored, so a few KiB is plenty. A larger one closes the
 * socket with 1009 (message too big) instead of being gathered in memory, however it is fragmented.
 */
public final class ClientMessages {

    /** For {@code @OnMessage(maxMessageSize = ...)}, which checks whole messages. */
    public static final int MAX_SIZE = 4096;

    private ClientMessages() {
    }

    /** Bounds the buffers a fragmented message is gathered in; called first thing on open. */
    public static void bound(Session session) {
        session.setMaxTextMessageBufferSize(MAX_SIZE);
        session.setMaxBinaryMessageBufferSize(MAX_SIZE);
    }
}
