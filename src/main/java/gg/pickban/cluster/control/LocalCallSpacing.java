package gg.pickban.cluster.control;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** {@link CallSpacing} for a single instance without Redis: the next free slot per stream, in this JVM. */
public class LocalCallSpacing implements CallSpacing {

    private final Clock clock;
    private final Map<String, Long> nextFreeMillis = new HashMap<>();

    public LocalCallSpacing(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Duration reserve(String stream, Duration interval) {
        long now = clock.millis();
        long start = Math.max(now, nextFreeMillis.getOrDefault(stream, now));
        nextFreeMillis.put(stream, start + interval.toMillis());
        return Duration.ofMillis(start - now);
    }
}
