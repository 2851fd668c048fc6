package gg.pickban.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A cache of rendered JSON that can never be stale (D10): entries are filed under the data
 * generation current when they were computed, and every committed write moves the generation on,
 * so a read after a write always misses and recomputes — on every instance, as the generation
 * and the entries live in Redis when it is configured.
 */
@ApplicationScoped
public class DerivedJson {

    private static final Duration TTL = Duration.ofMinutes(5);

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

    public String get(String key, Supplier<String> render) {
        String entry = "pickban:json:" + generation.current() + ":" + key;
        return values.get(entry).orElseGet(() -> {
            String json = render.get();
            values.put(entry, json, TTL);
            return json;
        });
    }
}
