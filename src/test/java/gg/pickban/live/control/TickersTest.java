package gg.pickban.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.cluster.control.ClusterLock;
import gg.pickban.cluster.control.LocalLock;
import gg.pickban.cluster.control.RedisTrouble;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The ticker registry on virtual time with the in-process lock: one ticker per key and instance, a tick
 * a second, one owner among instances, take-over from a dead owner, a stuck second that delays nobody,
 * stopping and going dormant, no burst after a late second.
 */
class TickersTest {

    private static final String LOCKS = "herodraft:tick_lock:";

    private final VirtualTime time = new VirtualTime();
    private final ScheduledExecutorService scheduler = time.scheduler();
    private final ClusterLock lock = new LocalLock(time.clock());
    /** Per key, the virtual milliseconds of its ticks. */
    private final Map<Long, List<Long>> ticks = new HashMap<>();

    private Tickers instance(Duration ttl, boolean watched, Tickers.Body body) {
        return instance(scheduler, ttl, watched, body);
    }

    private Tickers instance(ScheduledExecutorService on, Duration ttl, boolean watched, Tickers.Body body) {
        return new Tickers(LOCKS, on, VirtualTime.inline(), lock, new RedisTrouble(time.clock()), ttl, id -> watched, time::nanos, body);
    }

    private Tickers.Body recording() {
        return (id, owner) -> {
            record(id);
            return true;
        };
    }

    private void record(long id) {
        ticks.computeIfAbsent(id, k -> new ArrayList<>()).add(TimeUnit.NANOSECONDS.toMillis(time.nanos()));
    }

    private void advance(long millis) {
        time.advance(Duration.ofMillis(millis));
    }

    @Test
    void startingTwiceRunsOneTickerOncePerSecond() {
        Tickers tickers = instance(Duration.ofSeconds(10), false, recording());
        tickers.start(1);
        tickers.start(1);
        advance(3500);
        tickers.stop(1);
        assertEquals(List.of(0L, 1000L, 2000L, 3000L), ticks.get(1L));
        assertFalse(tickers.isRunning(1));
        advance(2000);
        assertEquals(4, ticks.get(1L).size(), "nothing after the stop");
    }

    @Test
    void stoppingReleasesTheLockAndAnUnknownStopIsHarmless() {
        Tickers tickers = instance(Duration.ofSeconds(10), false, recording());
        tickers.stop(99);
        tickers.start(2);
        advance(0);
        assertTrue(tickers.isOwner(2));
        assertTrue(lock.tryAcquire(LOCKS + 2, Duration.ofSeconds(10)).isEmpty());
        tickers.stop(2);
        assertTrue(lock.tryAcquire(LOCKS + 2, Duration.ofSeconds(10)).isPresent());
    }

    @Test
    void twoInstancesTickEachDraftOnce() {
        Tickers a = instance(Duration.ofSeconds(10), true, recording());
        Tickers b = instance(Duration.ofSeconds(10), true, recording());
        a.start(3);
        b.start(3);
        advance(3500);
        assertTrue(a.isOwner(3) != b.isOwner(3), "exactly one owner");
        a.stopAll();
        b.stopAll();
        assertEquals(List.of(0L, 1000L, 2000L, 3000L), ticks.get(3L));
    }

    @Test
    void aWatchingInstanceTakesOverFromADeadOwnerWithinTheTtl() {
        Duration ttl = Duration.ofSeconds(2);
        ScheduledExecutorService ownersScheduler = time.scheduler();
        Tickers owner = instance(ownersScheduler, ttl, true, recording());
        owner.start(4);
        advance(0);
        assertTrue(owner.isOwner(4));
        Tickers other = instance(ttl, true, recording());
        other.start(4);
        advance(300);
        ownersScheduler.shutdownNow(); // the owner dies: no more renewals, no release
        long died = time.nanos();
        while (!other.isOwner(4) && time.nanos() - died < TimeUnit.SECONDS.toNanos(10)) {
            advance(50);
        }
        assertTrue(other.isOwner(4));
        long took = TimeUnit.NANOSECONDS.toMillis(time.nanos() - died);
        assertTrue(took <= ttl.toMillis() + 1000, "taken over " + took + " ms after the owner died, within TTL + 1 s");
        other.stopAll();
    }

    @Test
    void aStuckDraftNeitherDelaysAnotherNorLosesItsLock() {
        AtomicInteger stuckEntries = new AtomicInteger();
        Tickers tickers = instance(Duration.ofSeconds(2), false, (id, owner) -> {
            if (id == 5) {
                stuckEntries.incrementAndGet();
                advance(4500); // this second's body takes 4.5 s; the clock goes on meanwhile
                return true;
            }
            record(id);
            return true;
        });
        tickers.start(5);
        tickers.start(6);
        advance(0);
        assertEquals(1, stuckEntries.get(), "seconds of a draft whose body is still running are skipped, not stacked");
        assertTrue(tickers.isOwner(5), "the lock of the stuck draft was renewed past its 2 s TTL");
        assertTrue(lock.tryAcquire(LOCKS + 5, Duration.ofSeconds(2)).isEmpty(), "and nobody else can take it");
        assertEquals(List.of(0L, 1000L, 2000L, 3000L, 4000L), ticks.get(6L), "the other draft ticked on time");
        tickers.stopAll();
    }

    @Test
    void aBodyThatSaysStopEndsAnUnwatchedTickerAndFreesTheLock() {
        AtomicInteger runs = new AtomicInteger();
        Tickers tickers = instance(Duration.ofSeconds(10), false, (id, owner) -> runs.incrementAndGet() < 2);
        tickers.start(7);
        advance(2500);
        assertEquals(2, runs.get());
        assertFalse(tickers.isRunning(7));
        assertTrue(lock.tryAcquire(LOCKS + 7, Duration.ofSeconds(10)).isPresent());
    }

    @Test
    void aWatchedTickerThatStoppedStaysDormantUntilStartedAgain() {
        AtomicInteger runs = new AtomicInteger();
        Tickers tickers = instance(Duration.ofSeconds(10), true, (id, owner) -> runs.incrementAndGet() > 1);
        tickers.start(10);
        advance(2500);
        assertEquals(1, runs.get(), "stopped at once, then dormant: no more database reads");
        assertTrue(tickers.isRunning(10), "still a candidate, the draft has sockets here");
        assertFalse(tickers.isOwner(10));
        tickers.start(10);
        advance(2200);
        assertEquals(3, runs.get(), "armed again, it takes the lock and ticks at its next seconds");
        assertTrue(tickers.isOwner(10));
        tickers.stopAll();
    }

    @Test
    void anExceptionInOneSecondIsLoggedAndTheTickerGoesOn() {
        AtomicInteger runs = new AtomicInteger();
        Tickers tickers = instance(Duration.ofSeconds(10), false, (id, owner) -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database hiccup");
            }
            return true;
        });
        tickers.start(8);
        advance(2500);
        tickers.stopAll();
        assertEquals(3, runs.get());
    }

    @Test
    void lateSecondsAreNotCaughtUpInABurst() {
        Tickers tickers = instance(Duration.ofSeconds(10), false, recording());
        tickers.start(9);
        advance(300);
        time.stall(Duration.ofMillis(2500)); // the scheduler stalls across seconds 1 and 2
        advance(1200);
        tickers.stopAll();
        // second 1 runs late at 2.8 s, then seconds 3 and 4 on time: second 2 is dropped, not run back to back with 1
        assertEquals(List.of(0L, 2800L, 3000L, 4000L), ticks.get(9L));
    }
}
