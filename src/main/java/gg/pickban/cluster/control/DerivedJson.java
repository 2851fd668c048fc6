package gg.pickban.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A cache of rendered JSON that can never be stale (D10): entries are filed under the data
 * generation current when they were computed, and every committed write moves the generation on,
 * so a read after a write always misses and recomputes — on every instance, as the generation
 * and the entries live in Redis when it is configured.
 */
@ApplicationScoped
public class DerivedJson {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(DerivedJson.class.getName());

    private final DataGeneration generation;
    private final SharedValues values;

    @Inject
    public DerivedJson(DataGeneration generation, SharedValues values) {
        this.generation = generation;
        this.values = values;
    }

    DerivedJson() {
        this(null, null);
    }

    /** Without a reachable Redis the answer is rendered afresh: slower, never wrong. */
    public String get(String key, Supplier<String> render) {
        String entry;
        Optional<String> cached;
        try {
            entry = "pickban:json:" + generation.current() + ":" + key;
            cached = values.get(entry);
        } catch (JedisException e) {
            return render.get();
        }
        if (cached.isPresent()) {
            return cached.get();
        }
        String json = render.get();
        try {
            values.put(entry, json, TTL);
        } catch (JedisException e) {
            LOG.fine(() -> "not cached: " + e.getMessage());
        }
        return json;
    }
}
