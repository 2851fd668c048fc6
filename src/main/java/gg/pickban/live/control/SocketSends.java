package gg.pickban.live.control;

import java.util.concurrent.atomic.LongAdder;

/**
 * Messages sent to sockets on this instance since the application started, by how they went out: a
 * shared ready-made frame, plain or compressed, or text that Tyrus encoded for that one socket. Static like
 * {@link BusDeliveries}: the outboxes are made outside CDI.
 */
public final class SocketSends {

    static final LongAdder FRAMES = new LongAdder();
    static final LongAdder COMPRESSED_FRAMES = new LongAdder();
    static final LongAdder TEXTS = new LongAdder();
    /** Of the frames (plain or compressed), those written straight to the socket's Grizzly connection. */
    static final LongAdder ON_CONNECTION = new LongAdder();

    private SocketSends() {
    }

    public static long frames() {
        return FRAMES.sum();
    }

    public static long compressedFrames() {
        return COMPRESSED_FRAMES.sum();
    }

    public static long texts() {
        return TEXTS.sum();
    }

    public static long framesOnConnection() {
        return ON_CONNECTION.sum();
    }

    public static long framesThroughTyrus() {
        return FRAMES.sum() + COMPRESSED_FRAMES.sum() - ON_CONNECTION.sum();
    }
}
