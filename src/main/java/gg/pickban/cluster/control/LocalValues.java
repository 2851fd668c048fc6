package gg.pickban.cluster.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link SharedValues} for a single instance without Redis: the same expiry rules, kept in this JVM. */
public class LocalValues implements SharedValues {

    private record Entry(String value, Instant expires) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public LocalValues(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        // entries nobody reads again (abandoned logins) must not pile up
        entries.values().removeIf(entry -> !entry.expires().isAfter(now));
        entries.put(key, new Entry(value, now.plus(ttl)));
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        Entry fresh = new Entry(value, now.plus(ttl));
        Entry held = entries.compute(key, (k, current) -> current == null || !current.expires().isAfter(now) ? fresh : current);
        return held == fresh;
    }

    @Override
    public Optional<String> get(String key) {
        Instant now = clock.instant();
        return Optional.ofNullable(entries.get(key)).filter(entry -> entry.expires().isAfter(now)).map(Entry::value);
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public Optional<String> getAndPut(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        Entry previous = entries.put(key, new Entry(value, now.plus(ttl)));
        return Optional.ofNullable(previous).filter(entry -> entry.expires().isAfter(now)).map(Entry::value);
    }

    @Override
    public boolean expireIfEquals(String key, String expected, Duration ttl) {
        Instant now = clock.instant();
        Entry renewed = new Entry(expected, now.plus(ttl));
        return entries.computeIfPresent(key, (k, current) -> holds(current, expected, now) ? renewed : current) == renewed;
    }

    @Override
    public boolean deleteIfEquals(String key, String expected) {
        Instant now = clock.instant();
        boolean[] deleted = {false};
        entries.computeIfPresent(key, (k, current) -> {
            deleted[0] = holds(current, expected, now);
            return deleted[0] ? null : current;
        });
        return deleted[0];
    }

    @Override
    public void deleteAll(String prefix) {
        entries.keySet().removeIf(key -> key.startsWith(prefix));
    }

    private static boolean holds(Entry entry, String expected, Instant now) {
        return entry.value().equals(expected) && entry.expires().isAfter(now);
    }
}
