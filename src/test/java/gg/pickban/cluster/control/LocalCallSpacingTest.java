package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The in-process spacing on a driven clock: exact to the millisecond. */
class LocalCallSpacingTest extends CallSpacingContract {

    private final MutableClock clock = new MutableClock();
    private final LocalCallSpacing spacing = new LocalCallSpacing(clock);

    @Override
    CallSpacing instanceA() {
        return spacing;
    }

    @Override
    CallSpacing instanceB() {
        return spacing;
    }

    @Override
    long nowMillis() {
        return clock.millis();
    }

    @Override
    void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @Override
    long slackMillis() {
        return 0;
    }

    @Test
    void aCallInTheMiddleOfABurstWaitsOnlyForWhatIsLeft() {
        assertEquals(Duration.ZERO, spacing.reserve(stream, INTERVAL));
        assertEquals(Duration.ofMillis(500), spacing.reserve(stream, INTERVAL));
        assertEquals(Duration.ofMillis(1000), spacing.reserve(stream, INTERVAL));
        clock.advance(Duration.ofMillis(700));
        assertEquals(Duration.ofMillis(800), spacing.reserve(stream, INTERVAL));
    }
}
