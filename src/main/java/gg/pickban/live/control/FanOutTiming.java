package gg.pickban.live.control;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * At FINE only: how long the server takes to write one message to every socket of a group, from the
 * hand-over to the outboxes to the last write completed (bench/spectators.sh reads it as the floor
 * under the fan-out's latency). Sockets that close meanwhile never complete, and the line is then not written.
 */
final class FanOutTiming {

    static final Logger LOG = Logger.getLogger(FanOutTiming.class.getName());

    private final String what;
    private final int sockets;
    private final Instant handedAt = Instant.now();
    private final long handedNanos = System.nanoTime();
    private final AtomicInteger written = new AtomicInteger();

    FanOutTiming(String what, int sockets) {
        this.what = what;
        this.sockets = sockets;
    }

    void written() {
        if (written.incrementAndGet() == sockets) {
            long micros = (System.nanoTime() - handedNanos) / 1000;
            LOG.fine(() -> "fan-out of " + what + ": handed to " + sockets + " sockets at " + handedAt + ", all written " + micros + " us later");
        }
    }
}
