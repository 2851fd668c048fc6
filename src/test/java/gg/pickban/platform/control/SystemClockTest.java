package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class SystemClockTest {

    private final Clock clock = new SystemClock().clock();

    @Test
    void instantsAreWholeMicroseconds() {
        Instant now = clock.instant();
        assertEquals(now, now.truncatedTo(ChronoUnit.MICROS));
        assertEquals(ZoneOffset.UTC, clock.getZone());
    }

    @Test
    void millisAgreeWithInstant() {
        long before = clock.instant().toEpochMilli();
        long millis = clock.millis();
        long after = clock.instant().toEpochMilli();
        assertTrue(before <= millis && millis <= after, before + " <= " + millis + " <= " + after);
    }
}
