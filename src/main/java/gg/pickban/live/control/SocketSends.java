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
    static final LongAdder ON_WRITERS = new LongAdder();
    static final LongAdder ELSEWHERE = new LongAdder();

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

    /** Sends made on the {@link SocketWriters} threads (Grizzly's buffer pools). */
    public static long onWriters() {
        return ON_WRITERS.sum();
    }

    /** Sends made on any other thread: a socket's first message on the thread that opened it, or all of them where there are no writers. */
    public static long elsewhere() {
        return ELSEWHERE.sum();
    }
}
