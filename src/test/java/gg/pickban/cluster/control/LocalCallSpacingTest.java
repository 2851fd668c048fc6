package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Steam calls start at least the interval apart (docs/rules.md §7.2); a late call is not delayed. */
class LocalCallSpacingTest {

    private final MutableClock clock = new MutableClock();
    private final LocalCallSpacing spacing = new LocalCallSpacing(clock);
    private final Duration interval = Duration.ofMillis(500);

    @Test
    void callsInABurstGetSlotsOneIntervalApart() {
        assertEquals(Duration.ZERO, spacing.reserve("steam", interval));
        assertEquals(Duration.ofMillis(500), spacing.reserve("steam", interval));
        assertEquals(Duration.ofMillis(1000), spacing.reserve("steam", interval));
        clock.advance(Duration.ofMillis(700));
        assertEquals(Duration.ofMillis(800), spacing.reserve("steam", interval));
    }

    @Test
    void aCallLongAfterThePreviousOneStartsAtOnce() {
        spacing.reserve("steam", interval);
        clock.advance(Duration.ofSeconds(5));
        assertEquals(Duration.ZERO, spacing.reserve("steam", interval));
        assertEquals(Duration.ZERO, spacing.reserve("other", interval), "streams are independent");
    }
}
