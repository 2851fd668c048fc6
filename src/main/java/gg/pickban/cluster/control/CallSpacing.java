package gg.pickban.cluster.control;

import java.time.Duration;

/**
 * Spaces the starts of calls to an outside service across every instance: each caller reserves the
 * next free start slot of a named stream, at least {@code interval} after the previous one, and
 * waits until it comes. A call long after the previous one is not delayed.
 */
public interface CallSpacing {

    /** @return how long the caller must wait before starting its call (zero when it may start at once) */
    Duration reserve(String stream, Duration interval);
}
