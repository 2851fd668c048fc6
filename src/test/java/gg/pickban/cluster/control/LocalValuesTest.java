package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-process values on a driven clock. */
class LocalValuesTest extends SharedValuesContract {

    private final MutableClock clock = new MutableClock();
    private final LocalValues values = new LocalValues(clock);

    @Override
    SharedValues values() {
        return values;
    }

    @Override
    void letExpire(String key, Duration ttl) {
        clock.advance(ttl);
    }

    @Override
    void assertLivesFor(String key, Duration atLeast) {
        clock.advance(atLeast);
        assertTrue(values.get(key).isPresent(), "still there " + atLeast + " later");
    }

    @Test
    void aValueIsReadUpToTheLastMillisecondOfItsTtl() {
        values.put("state", "abc", TTL);
        clock.advance(TTL.minusMillis(1));
        assertEquals(Optional.of("abc"), values.get("state"));
        clock.advance(Duration.ofMillis(1));
        assertTrue(values.get("state").isEmpty());
    }
}
