package gg.pickban.cluster.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link ClusterLock} for a single instance without Redis: the same rules, kept in this JVM. */
public class LocalLock implements ClusterLock {

    private record Hold(String token, Instant expires) {
    }

    private final ConcurrentMap<String, Hold> holds = new ConcurrentHashMap<>();
    private final Clock clock;

    public LocalLock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<String> tryAcquire(String name, Duration ttl) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Hold hold = holds.compute(name, (key, current) ->
                current == null || !current.expires().isAfter(now) ? new Hold(token, now.plus(ttl)) : current);
        return hold.token().equals(token) ? Optional.of(token) : Optional.empty();
    }

    @Override
    public boolean reassert(String name, String token, Duration ttl) {
        Instant now = clock.instant();
        Hold hold = holds.compute(name, (key, current) -> current == null || !current.expires().isAfter(now)
                || current.token().equals(token) ? new Hold(token, now.plus(ttl)) : current);
        return hold.token().equals(token);
    }

    @Override
    public void release(String name, String token) {
        Instant now = clock.instant();
        holds.computeIfPresent(name, (key, current) -> isLive(current, token, now) ? null : current);
    }

    private static boolean isLive(Hold hold, String token, Instant now) {
        return hold.token().equals(token) && hold.expires().isAfter(now);
    }
}
