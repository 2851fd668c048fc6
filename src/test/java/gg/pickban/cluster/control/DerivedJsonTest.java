package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DerivedJsonTest {

    private final LocalGeneration generation = new LocalGeneration();
    private final DerivedJson cache = new DerivedJson(generation, new LocalValues(Clock.systemUTC()));
    private final AtomicInteger renders = new AtomicInteger();

    private String text(String key, Supplier<String> render) {
        return new String(cache.get(key, render), StandardCharsets.UTF_8);
    }

    private String render() {
        return "{\"version\":" + renders.incrementAndGet() + "}";
    }

    @Test
    void repeatedReadsRenderOnce() {
        assertEquals("{\"version\":1}", text("tournament:1", this::render));
        assertEquals("{\"version\":1}", text("tournament:1", this::render));
        assertEquals(1, renders.get());
    }

    @Test
    void aWriteMakesTheNextReadRenderAgain() {
        text("tournament:1", this::render);
        generation.advance();
        assertEquals("{\"version\":2}", text("tournament:1", this::render));
    }

    @Test
    void keysAreSeparate() {
        text("tournament:1", this::render);
        assertEquals("{\"version\":2}", text("tournament:2", this::render));
    }

    /** A restarted Redis counts from 0 again: an entry filed under 1 before must not answer when it reaches 1 again. */
    @Test
    void aGenerationCountingFromTheStartAgainForgetsWhatWasFiledBefore() {
        Counter counter = new Counter();
        DerivedJson restarted = new DerivedJson(counter, new LocalValues(Clock.systemUTC()));
        counter.value = 1;
        restarted.get("users", () -> "old");
        counter.value = 7;
        restarted.get("other", () -> "x");
        counter.value = 0;
        assertEquals(Optional.empty(), restarted.cached("users"));
        counter.value = 1;
        assertEquals(Optional.empty(), restarted.cached("users"), "filed under 1 before the restart");
    }

    @Test
    void redisReturningForgetsEntriesAndMovesTheGenerationOn() {
        text("tournament:1", this::render);
        long before = generation.current();
        cache.redisReturned(new RedisReturned());
        assertEquals(before + 1, generation.current());
        assertEquals("{\"version\":2}", text("tournament:1", this::render));
    }

    private static final class Counter implements DataGeneration {

        long value;

        @Override
        public long current() {
            return value;
        }

        @Override
        public void advance() {
            value++;
        }
    }
}
