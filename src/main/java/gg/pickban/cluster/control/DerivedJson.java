package gg.pickban.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A cache of rendered JSON that can never be stale (docs/decisions.md D10): entries are filed under the data
 * generation current when they were computed, and every committed write moves the generation on,
 * so a read after a write always misses and recomputes — on every instance, as the generation
 * and the entries live in Redis when it is configured.
 */
@ApplicationScoped
public class DerivedJson {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(DerivedJson.class.getName());

    private static final int LOCAL_ENTRIES = 512;

    /** Kept as UTF-8 bytes: a hit is written out without encoding 50 kB again. */
    private record Rendered(long generation, byte[] json) {
    }

    private final DataGeneration generation;
    private final SharedValues values;
    /** This instance's copy of what it last served per key: a hit costs one small Redis read. */
    private final Map<String, Rendered> local = new ConcurrentHashMap<>();
    /** The highest generation seen: a lower one means Redis lost the counter (a restart) and counts again. */
    private final AtomicLong highest = new AtomicLong(Long.MIN_VALUE);

    @Inject
    public DerivedJson(DataGeneration generation, SharedValues values) {
        this.generation = generation;
        this.values = values;
    }

    DerivedJson() {
        this(null, null);
    }

    /**
     * What this instance last rendered for the key, only while it is still current: a hit that
     * costs one generation read and nothing else; empty means "go the long way" (also without Redis).
     */
    public Optional<byte[]> cached(String key) {
        Rendered mine = local.get(key);
        if (mine == null) {
            return Optional.empty();
        }
        try {
            return mine.generation() == current() ? Optional.of(mine.json()) : Optional.empty();
        } catch (JedisException e) {
            return Optional.empty();
        }
    }

    /**
     * After Redis trouble, writes made meanwhile may not have moved the generation (or a restarted
     * Redis counts from 0 again, towards generations this instance has already filed entries under):
     * forget this instance's entries and move the generation on, so nothing cached before counts.
     */
    void redisReturned(@Observes RedisReturned returned) {
        local.clear();
        try {
            generation.advance();
        } catch (JedisException e) {
            LOG.fine(() -> "generation not advanced after Redis returned: " + e.getMessage());
        }
    }

    private long current() {
        long current = generation.current();
        long seen = highest.getAndAccumulate(current, Math::max);
        if (current < seen) {
            local.clear();
            highest.set(current);
        }
        return current;
    }

    /** Without a reachable Redis the answer is rendered afresh: slower, never wrong. */
    public byte[] get(String key, Supplier<String> render) {
        long current;
        Optional<String> shared;
        try {
            current = current();
            Rendered mine = local.get(key);
            if (mine != null && mine.generation() == current) {
                return mine.json();
            }
            shared = values.get(entryName(current, key));
        } catch (JedisException e) {
            return render.get().getBytes(StandardCharsets.UTF_8);
        }
        String json = shared.orElseGet(render);
        if (shared.isEmpty()) {
            try {
                values.put(entryName(current, key), json, TTL);
            } catch (JedisException e) {
                LOG.fine(() -> "not cached: " + e.getMessage());
            }
        }
        if (local.size() >= LOCAL_ENTRIES) {
            local.clear();
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        local.put(key, new Rendered(current, bytes));
        return bytes;
    }

    private static String entryName(long generation, String key) {
        return "pickban:json:" + generation + ":" + key;
    }
}
