package gg.pickban.herodraft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.cluster.control.LocalValues;
import gg.pickban.cluster.control.RedisTrouble;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaptainPresenceTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final LocalValues values = new LocalValues(clock);
    private final RedisTrouble trouble = new RedisTrouble(clock);
    private final CaptainPresence presence = new CaptainPresence(values, clock, trouble);

    @Test
    void theNewestSocketSupersedesTheOlderOne() {
        assertTrue(presence.register(1, 10, "socket-a").isEmpty());
        assertEquals(Optional.of("socket-a"), presence.register(1, 10, "socket-b"));
        assertTrue(presence.register(1, 11, "socket-c").isEmpty(), "another captain never kicks");
        assertFalse(presence.unregisterIfCurrent(1, 10, "socket-a"), "the superseded socket's close is no disconnect (D54)");
        assertTrue(presence.lastHeartbeat(1, 10).isPresent());
        assertTrue(presence.unregisterIfCurrent(1, 10, "socket-b"));
        assertTrue(presence.lastHeartbeat(1, 10).isEmpty());
    }

    @Test
    void heartbeatsOfTheCurrentSocketKeepBothKeysAlive() {
        presence.register(2, 10, "socket-a");
        now = now.plusSeconds(20);
        presence.heartbeat(2, 10, "socket-a");
        assertEquals(Optional.of(now), presence.lastHeartbeat(2, 10));
        now = now.plusSeconds(299);
        presence.heartbeat(2, 10, "socket-a");
        assertEquals(Optional.of(now), presence.lastHeartbeat(2, 10), "registration refreshed by the previous heartbeat (D27)");
        presence.register(2, 10, "socket-b");
        Instant registered = now;
        now = now.plusSeconds(5);
        presence.heartbeat(2, 10, "socket-a");
        assertEquals(Optional.of(registered), presence.lastHeartbeat(2, 10), "a superseded socket's heartbeat does not count");
        now = now.plusSeconds(30);
        assertTrue(presence.lastHeartbeat(2, 10).isEmpty());
    }

    @Test
    void aHeartbeatAfterRedisLostTheKeysRegistersTheSocketAgainButNeverOverAnother() {
        presence.register(3, 10, "socket-a");
        values.deleteAll("herodraft:"); // Redis restarted empty
        now = now.plusSeconds(2);
        presence.heartbeat(3, 10, "socket-a");
        assertEquals(Optional.of(now), presence.lastHeartbeat(3, 10));
        assertTrue(presence.unregisterIfCurrent(3, 10, "socket-a"), "registered again");
        presence.register(3, 10, "socket-b");
        presence.heartbeat(3, 10, "socket-a");
        assertFalse(presence.unregisterIfCurrent(3, 10, "socket-a"), "socket-b stays the captain's");
    }

    @Test
    void heartbeatsAreJudgedOnlyOnceRedisHasAnsweredForTheStaleThreshold() {
        assertTrue(presence.judgeable(), "never any trouble");
        trouble.seen();
        assertFalse(presence.judgeable());
        now = now.plusMillis(8_999);
        assertFalse(presence.judgeable());
        now = now.plusSeconds(1);
        assertTrue(presence.judgeable());
    }
}
