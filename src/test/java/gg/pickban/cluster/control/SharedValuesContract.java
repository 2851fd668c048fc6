package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SharedValues} promises, run against the in-process map ({@link LocalValuesTest}) and
 * Redis ({@link RedisValuesIT}). Keys live under a prefix of their own per test; how time passes is the
 * implementation's to say.
 */
abstract class SharedValuesContract {

    static final Duration TTL = Duration.ofMinutes(10);
    /** Long enough to read back a few times, short enough to wait out on a real Redis. */
    static final Duration SHORT = Duration.ofMillis(300);

    final String ns = "pickban:test-values:" + System.nanoTime() + ":";

    abstract SharedValues values();

    /** Returns once a value stored {@code ttl} ago has run out. */
    abstract void letExpire(String key, Duration ttl);

    /** Fails unless the key still has a value {@code atLeast} from now. */
    abstract void assertLivesFor(String key, Duration atLeast);

    @Test
    void aValueIsReadUntilItExpires() {
        values().put(ns + "state", "abc", SHORT);
        assertEquals(Optional.of("abc"), values().get(ns + "state"));
        letExpire(ns + "state", SHORT);
        assertTrue(values().get(ns + "state").isEmpty());
    }

    @Test
    void putReplacesAndRestartsTheExpiry() {
        values().put(ns + "state", "old", SHORT);
        values().put(ns + "state", "new", TTL);
        assertEquals(Optional.of("new"), values().get(ns + "state"));
        assertLivesFor(ns + "state", SHORT.multipliedBy(2));
    }

    @Test
    void deleteAllRemovesEveryKeyWithThePrefixOnly() {
        values().put(ns + "herodraft:tick_lock:1", "a", TTL);
        values().put(ns + "herodraft:2:captain:3:heartbeat", "b", TTL);
        values().put(ns + "pickban:json:1", "c", TTL);
        values().deleteAll(ns + "herodraft:");
        assertEquals(Optional.empty(), values().get(ns + "herodraft:tick_lock:1"));
        assertEquals(Optional.empty(), values().get(ns + "herodraft:2:captain:3:heartbeat"));
        assertEquals(Optional.of("c"), values().get(ns + "pickban:json:1"));
    }

    @Test
    void deleteRemovesAndUnknownKeysAreEmpty() {
        values().put(ns + "state", "abc", TTL);
        values().delete(ns + "state");
        values().delete(ns + "never-stored");
        assertTrue(values().get(ns + "state").isEmpty());
        assertTrue(values().get(ns + "never-stored").isEmpty());
    }

    @Test
    void putIfAbsentClaimsOnlyAnEmptyOrExpiredKey() {
        assertTrue(values().putIfAbsent(ns + "slot", "first", SHORT));
        assertFalse(values().putIfAbsent(ns + "slot", "second", TTL));
        assertEquals(Optional.of("first"), values().get(ns + "slot"));
        letExpire(ns + "slot", SHORT);
        assertTrue(values().putIfAbsent(ns + "slot", "third", TTL));
        assertEquals(Optional.of("third"), values().get(ns + "slot"));
    }

    @Test
    void getAndPutHandsBackWhatItReplacedUnlessExpired() {
        assertTrue(values().getAndPut(ns + "channel", "socket-1", TTL).isEmpty());
        assertEquals(Optional.of("socket-1"), values().getAndPut(ns + "channel", "socket-2", SHORT));
        letExpire(ns + "channel", SHORT);
        assertTrue(values().getAndPut(ns + "channel", "socket-3", TTL).isEmpty());
    }

    @Test
    void compareAndActOnlyWhileTheValueIsStillTheSame() {
        values().put(ns + "channel", "socket-1", SHORT);
        assertFalse(values().expireIfEquals(ns + "channel", "socket-0", TTL));
        assertTrue(values().expireIfEquals(ns + "channel", "socket-1", TTL));
        assertLivesFor(ns + "channel", SHORT.multipliedBy(2));
        assertEquals(Optional.of("socket-1"), values().get(ns + "channel"), "the expiry was extended");
        assertFalse(values().deleteIfEquals(ns + "channel", "socket-0"));
        assertEquals(Optional.of("socket-1"), values().get(ns + "channel"));
        assertTrue(values().deleteIfEquals(ns + "channel", "socket-1"));
        assertTrue(values().get(ns + "channel").isEmpty());
        assertFalse(values().deleteIfEquals(ns + "channel", "socket-1"));
    }
}
