package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalValuesTest {

    private static final Duration TTL = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock();
    private final LocalValues values = new LocalValues(clock);

    @Test
    void aValueIsReadUntilItExpires() {
        values.put("state", "abc", TTL);
        clock.advance(TTL.minusMillis(1));
        assertEquals(Optional.of("abc"), values.get("state"));
        clock.advance(Duration.ofMillis(1));
        assertTrue(values.get("state").isEmpty());
    }

    @Test
    void putReplacesAndRestartsTheExpiry() {
        values.put("state", "old", TTL);
        clock.advance(Duration.ofMinutes(9));
        values.put("state", "new", TTL);
        clock.advance(Duration.ofMinutes(9));
        assertEquals(Optional.of("new"), values.get("state"));
    }

    @Test
    void deleteAllRemovesEveryKeyWithThePrefixOnly() {
        values.put("herodraft:tick_lock:1", "a", TTL);
        values.put("herodraft:2:captain:3:heartbeat", "b", TTL);
        values.put("pickban:json:1", "c", TTL);
        values.deleteAll("herodraft:");
        assertEquals(Optional.empty(), values.get("herodraft:tick_lock:1"));
        assertEquals(Optional.empty(), values.get("herodraft:2:captain:3:heartbeat"));
        assertEquals(Optional.of("c"), values.get("pickban:json:1"));
    }

    @Test
    void deleteRemovesAndUnknownKeysAreEmpty() {
        values.put("state", "abc", TTL);
        values.delete("state");
        values.delete("never-stored");
        assertTrue(values.get("state").isEmpty());
        assertTrue(values.get("never-stored").isEmpty());
    }

    @Test
    void putIfAbsentClaimsOnlyAnEmptyOrExpiredKey() {
        assertTrue(values.putIfAbsent("slot", "first", TTL));
        assertFalse(values.putIfAbsent("slot", "second", TTL));
        assertEquals(Optional.of("first"), values.get("slot"));
        clock.advance(TTL);
        assertTrue(values.putIfAbsent("slot", "third", TTL));
        assertEquals(Optional.of("third"), values.get("slot"));
    }

    @Test
    void getAndPutHandsBackWhatItReplacedUnlessExpired() {
        assertTrue(values.getAndPut("channel", "socket-1", TTL).isEmpty());
        assertEquals(Optional.of("socket-1"), values.getAndPut("channel", "socket-2", TTL));
        clock.advance(TTL);
        assertTrue(values.getAndPut("channel", "socket-3", TTL).isEmpty());
    }

    @Test
    void compareAndActOnlyWhileTheValueIsStillTheSame() {
        values.put("channel", "socket-1", Duration.ofSeconds(300));
        assertFalse(values.expireIfEquals("channel", "socket-0", TTL));
        assertTrue(values.expireIfEquals("channel", "socket-1", TTL));
        clock.advance(Duration.ofSeconds(400));
        assertEquals(Optional.of("socket-1"), values.get("channel"), "the expiry was extended");
        assertFalse(values.deleteIfEquals("channel", "socket-0"));
        assertEquals(Optional.of("socket-1"), values.get("channel"));
        assertTrue(values.deleteIfEquals("channel", "socket-1"));
        assertTrue(values.get("channel").isEmpty());
        assertFalse(values.deleteIfEquals("channel", "socket-1"));
    }
}
