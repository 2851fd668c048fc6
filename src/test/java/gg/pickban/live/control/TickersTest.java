package gg.pickban.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.cluster.control.ClusterLock;
import gg.pickban.cluster.control.LocalLock;
import gg.pickban.cluster.control.RedisTrouble;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ticker registry with real threads and the in-process lock (§9.7's registry and independence rows). */
class TickersTest {

    private static final String LOCKS = "herodraft:tick_lock:";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final ClusterLock lock = new LocalLock(Clock.systemUTC());
    private final Map<Long, List<Long>> ticks = new ConcurrentHashMap<>();

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
        workers.shutdownNow();
    }

    private Tickers instance(Duration ttl, boolean watched, Tickers.Body body) {
        return new Tickers(LOCKS, scheduler, workers, lock, new RedisTrouble(Clock.systemUTC()), ttl, id -> watched, System::nanoTime, body);
    }

    private Tickers.Body recording(String instance) {
        return (id, owner) -> {
            ticks.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
            return true;
        };
    }

    @Test
    void startingTwiceRunsOneTickerOncePerSecond() throws InterruptedException {
        Tickers tickers = instance(Duration.ofSeconds(10), false, recording("a"));
        tickers.start(1);
        tickers.start(1);
        Thread.sleep(3500);
        tickers.stop(1);
        assertEquals(4, ticks.get(1L).size(), "seconds 0, 1, 2, 3");
        assertFalse(tickers.isRunning(1));
    }

    @Test
    void stoppingReleasesTheLockAndAnUnknownStopIsHarmless() {
        Tickers tickers = instance(Duration.ofSeconds(10), false, recording("a"));
        tickers.stop(99);
        tickers.start(2);
        awaitOwner(tickers, 2);
        assertTrue(lock.tryAcquire(LOCKS + 2, Duration.ofSeconds(10)).isEmpty());
        tickers.stop(2);
        assertTrue(lock.tryAcquire(LOCKS + 2, Duration.ofSeconds(10)).isPresent());
    }

    @Test
    void twoInstancesTickEachDraftOnce() throws InterruptedException {
        Tickers a = instance(Duration.ofSeconds(10), true, recording("a"));
        Tickers b = instance(Duration.ofSeconds(10), true, recording("b"));
        a.start(3);
        b.start(3);
        Thread.sleep(3500);
        assertTrue(a.isOwner(3) != b.isOwner(3), "exactly one owner");
        a.stopAll();
        b.stopAll();
        assertEquals(4, ticks.get(3L).size());
    }

    @Test
    void aWatchingInstanceTakesOverFromADeadOwnerWithinTheTtl() throws InterruptedException {
        Duration ttl = Duration.ofSeconds(2);
        ScheduledExecutorService deadScheduler = Executors.newSingleThreadScheduledExecutor();
        Tickers owner = new Tickers(LOCKS, deadScheduler, workers, lock, new RedisTrouble(Clock.systemUTC()), ttl, id -> true, System::nanoTime, recording("owner"));
        owner.start(4);
        awaitOwner(owner, 4);
        Tickers other = instance(ttl, true, recording("other"));
        other.start(4);
        deadScheduler.shutdownNow(); // the owner dies: no more renewals, no release
        long died = System.nanoTime();
        while (!other.isOwner(4) && System.nanoTime() - died < TimeUnit.SECONDS.toNanos(5)) {
            Thread.sleep(50);
        }
        assertTrue(other.isOwner(4));
        assertTrue(System.nanoTime() - died <= TimeUnit.MILLISECONDS.toNanos(3100), "within TTL + 1 s");
        other.stopAll();
    }

    @Test
    void aStuckDraftNeitherDelaysAnotherNorLosesItsLock() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger stuckEntries = new AtomicInteger();
        Tickers tickers = instance(Duration.ofSeconds(2), false, (id, owner) -> {
            if (id == 5) {
                stuckEntries.incrementAndGet();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }
            ticks.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
            return true;
        });
        tickers.start(5);
        tickers.start(6);
        Thread.sleep(4500);
        assertEquals(1, stuckEntries.get(), "seconds of a draft whose body is still running are skipped, not stacked");
        assertTrue(tickers.isOwner(5), "the lock of the stuck draft was renewed past its 2 s TTL");
        List<Long> other = ticks.get(6L);
        assertEquals(5, other.size());
        for (int i = 1; i < other.size(); i++) {
            long gap = TimeUnit.NANOSECONDS.toMillis(other.get(i) - other.get(i - 1));
            assertTrue(gap > 900 && gap < 1100, "gap " + gap + " ms");
        }
        release.countDown();
        tickers.stopAll();
    }

    @Test
    void aBodyThatSaysStopEndsAnUnwatchedTickerAndFreesTheLock() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        Tickers tickers = instance(Duration.ofSeconds(10), false, (id, owner) -> runs.incrementAndGet() < 2);
        tickers.start(7);
        Thread.sleep(2500);
        assertEquals(2, runs.get());
        assertFalse(tickers.isRunning(7));
        assertTrue(lock.tryAcquire(LOCKS + 7, Duration.ofSeconds(10)).isPresent());
    }

    @Test
    void aWatchedTickerThatStoppedStaysDormantUntilStartedAgain() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        Tickers tickers = instance(Duration.ofSeconds(10), true, (id, owner) -> runs.incrementAndGet() > 1);
        tickers.start(10);
        Thread.sleep(2500);
        assertEquals(1, runs.get(), "stopped at once, then dormant: no more database reads");
        assertTrue(tickers.isRunning(10), "still a candidate, the draft has sockets here");
        assertFalse(tickers.isOwner(10));
        tickers.start(10);
        Thread.sleep(2200);
        assertTrue(runs.get() >= 3, "armed again, it takes the lock and ticks: " + runs.get());
        assertTrue(tickers.isOwner(10));
        tickers.stopAll();
    }

    @Test
    void anExceptionInOneSecondIsLoggedAndTheTickerGoesOn() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        Tickers tickers = instance(Duration.ofSeconds(10), false, (id, owner) -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database hiccup");
            }
            return true;
        });
        tickers.start(8);
        Thread.sleep(2500);
        tickers.stopAll();
        assertEquals(3, runs.get());
    }

    @Test
    void lateSecondsAreNotCaughtUpInABurst() throws InterruptedException {
        ScheduledExecutorService slowScheduler = Executors.newSingleThreadScheduledExecutor();
        Tickers tickers = new Tickers(LOCKS, slowScheduler, workers, lock, new RedisTrouble(Clock.systemUTC()), Duration.ofSeconds(10), id -> false, System::nanoTime, recording("a"));
        tickers.start(9);
        Thread.sleep(300);
        slowScheduler.execute(() -> sleep(2500)); // the scheduler stalls across seconds 1 and 2
        Thread.sleep(4000);
        tickers.stopAll();
        slowScheduler.shutdownNow();
        // seconds 0, then 1 late at 2.8 s, then 3 and 4 on time: second 2 is dropped, not run back to back with 1
        List<Long> seen = ticks.get(9L);
        assertTrue(seen.size() >= 3, "ticks at " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(TimeUnit.NANOSECONDS.toMillis(seen.get(i) - seen.get(i - 1)) > 50, "no burst: " + seen);
        }
    }

    private static void awaitOwner(Tickers tickers, long draftId) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (!tickers.isOwner(draftId) && System.nanoTime() < until) {
            sleep(20);
        }
        assertTrue(tickers.isOwner(draftId));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
