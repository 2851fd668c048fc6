package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
}
