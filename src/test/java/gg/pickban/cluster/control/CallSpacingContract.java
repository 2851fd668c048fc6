package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every {@link CallSpacing}, in-process ({@link LocalCallSpacingTest}) and on Redis ({@link RedisCallSpacingIT}):
 * calls of one stream start at least the interval apart, whichever instance makes them (docs/rules.md §7.2),
 * and a late call is not delayed.
 */
abstract class CallSpacingContract {

    static final Duration INTERVAL = Duration.ofMillis(500);

    final String stream = "test-" + System.nanoTime();

    abstract CallSpacing instanceA();

    abstract CallSpacing instanceB();

    /** Now on the clock the implementation reserves by, in epoch milliseconds. */
    abstract long nowMillis();

    abstract void letTimePass(Duration duration);

    /** How far a start may be off the exact slot: the time the call itself takes on a real Redis. */
    abstract long slackMillis();

    @Test
    void callsInABurstGetSlotsOneIntervalApartWhicheverInstanceAsks() {
        long first = start(instanceA());
        assertNear(first + INTERVAL.toMillis(), start(instanceB()));
        assertNear(first + 2 * INTERVAL.toMillis(), start(instanceA()));
    }

    @Test
    void aCallLongAfterThePreviousOneStartsAtOnce() {
        Duration brief = Duration.ofMillis(100);
        instanceA().reserve(stream, brief);
        letTimePass(brief.multipliedBy(2));
        assertEquals(Duration.ZERO, instanceB().reserve(stream, brief));
        assertEquals(Duration.ZERO, instanceA().reserve(stream + "-other", brief), "streams are independent");
    }

    private long start(CallSpacing instance) {
        long now = nowMillis();
        return now + instance.reserve(stream, INTERVAL).toMillis();
    }

    private void assertNear(long expected, long actual) {
        assertTrue(Math.abs(expected - actual) <= slackMillis(), "start " + actual + ", slot " + expected);
    }
}
