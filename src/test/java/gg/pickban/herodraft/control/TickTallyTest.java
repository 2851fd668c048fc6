package gg.pickban.herodraft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TickTallyTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final TickTally tally = new TickTally(now::get);

    @Test
    void twoDraftsTickingOncePerSecondAreTwoTicksPerSecondOverTheWindow() {
        for (int second = 0; second < 12; second++) {
            tally.ticked(1);
            tally.ticked(2);
            now.addAndGet(SECOND);
        }
        assertEquals(2, tally.ticking());
        assertEquals(2.0, tally.perSecond(), 1e-9);
    }

    @Test
    void aDraftThatStoppedTickingIsForgottenAfterTwoSeconds() {
        tally.ticked(1);
        tally.ticked(2);
        now.addAndGet(SECOND);
        tally.ticked(1);
        now.addAndGet(SECOND + SECOND / 2);
        assertEquals(1, tally.ticking(), "draft 1 ticked 1.5 s ago, draft 2 2.5 s ago");
        now.addAndGet(SECOND);
        assertEquals(0, tally.ticking());
    }

    @Test
    void theCurrentSecondAndSecondsOlderThanTheWindowDoNotCount() {
        tally.ticked(1);
        tally.ticked(1);
        assertEquals(0.0, tally.perSecond(), 1e-9, "the second is not over yet");
        now.addAndGet(SECOND);
        assertEquals(0.2, tally.perSecond(), 1e-9, "2 ticks in 10 s");
        now.addAndGet(10 * SECOND);
        assertEquals(0.0, tally.perSecond(), 1e-9, "out of the window");
        tally.ticked(1);
        now.addAndGet(SECOND);
        assertEquals(0.1, tally.perSecond(), 1e-9, "a slot reused ten seconds later starts again at 0");
    }
}
