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
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tick lock through a Redis outage (README, "Failure behaviour: Redis"): the owner keeps ticking,
 * nobody else starts, and after the store comes back empty the owner re-asserts its lock first; an
 * owner that finds its lock taken stops at once and writes nothing more.
 */
class TickersOutageTest {

    private static final String LOCKS = "herodraft:tick_lock:";

    /** A lock store that can be unreachable, and comes back empty like a Redis without persistence. */
    static final class Store implements ClusterLock {

        volatile boolean down;
        volatile ClusterLock held = new LocalLock(Clock.systemUTC());

        void restartEmpty() {
            held = new LocalLock(Clock.systemUTC());
            down = false;
        }

        private ClusterLock reach() {
            if (down) {
                throw new IllegalStateException("connection refused");
            }
            return held;
        }

        @Override
        public Optional<String> tryAcquire(String name, Duration ttl) {
            return reach().tryAcquire(name, ttl);
        }

        @Override
        public boolean reassert(String name, String token, Duration ttl) {
            return reach().reassert(name, token, ttl);
        }

        @Override
        public void release(String name, String token) {
            reach().release(name, token);
        }
    }

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final Store store = new Store();
    private final List<String> ticks = new CopyOnWriteArrayList<>();

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
        workers.shutdownNow();
    }

    /** One instance; its body writes one tick per second, behind the fence like the real one. */
    private Tickers instance(String name) {
        return new Tickers(LOCKS, scheduler, workers, store, new RedisTrouble(Clock.systemUTC()), Duration.ofSeconds(10), id -> true,
                System::nanoTime, (id, stillOwner) -> {
                    if (stillOwner.getAsBoolean()) {
                        ticks.add(name);
                    }
                    return true;
                });
    }

    @Test
    void theOwnerTicksThroughAnOutageAndKeepsItsLockWhenTheStoreReturnsEmpty() throws InterruptedException {
        Tickers a = instance("a");
        Tickers b = instance("b");
        a.start(1);
        awaitOwner(a, 1, Duration.ofSeconds(3));
        b.start(1);
        ticks.clear();
        store.down = true;
        TimeUnit.MILLISECONDS.sleep(2500);
        assertTrue(ticks.size() >= 2, "the owner went on: " + ticks);
        assertFalse(ticks.contains("b"), "nobody else started: " + ticks);
        store.restartEmpty();
        TimeUnit.MILLISECONDS.sleep(4500);
        assertTrue(a.isOwner(1), "the owner re-asserted its lock");
        assertFalse(b.isOwner(1), "the candidate waited for it: " + ticks);
        assertFalse(ticks.contains("b"), "one ticker throughout: " + ticks);
        assertTrue(ticks.size() >= 6, "a tick each second: " + ticks);
        a.stopAll();
        b.stopAll();
    }

    @Test
    void anOwnerFindingItsLockTakenStopsAtOnceAndWritesNothingMore() throws InterruptedException {
        Tickers a = instance("a");
        a.start(2);
        awaitOwner(a, 2, Duration.ofSeconds(3));
        store.down = true;
        TimeUnit.MILLISECONDS.sleep(1200);
        store.restartEmpty();
        // another instance got the lock of the restarted store before the owner asked again
        assertTrue(store.tryAcquire(LOCKS + 2, Duration.ofSeconds(10)).isPresent());
        int before = ticks.size();
        TimeUnit.MILLISECONDS.sleep(2500);
        assertFalse(a.isOwner(2));
        assertEquals(before, ticks.size(), "no write after the store came back with the lock taken: " + ticks);
        a.stopAll();
    }

    @Test
    void theFenceBeforeAWriteStopsAnOwnerWhoseLockWasTakenWhileItsSecondRan() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch taken = new CountDownLatch(1);
        Tickers a = new Tickers(LOCKS, scheduler, workers, store, new RedisTrouble(Clock.systemUTC()), Duration.ofSeconds(10), id -> true,
                System::nanoTime, (id, stillOwner) -> {
                    if (runs.incrementAndGet() == 2) {
                        await(taken);
                    }
                    if (stillOwner.getAsBoolean()) {
                        ticks.add("a" + runs.get());
                    }
                    return true;
                });
        a.start(4);
        while (runs.get() < 2) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        store.restartEmpty();
        assertTrue(store.tryAcquire(LOCKS + 4, Duration.ofSeconds(10)).isPresent(), "another instance took it");
        TimeUnit.NANOSECONDS.sleep(Tickers.FRESH_NANOS + TimeUnit.MILLISECONDS.toNanos(100));
        taken.countDown();
        TimeUnit.MILLISECONDS.sleep(1500);
        assertEquals(List.of("a1"), List.copyOf(ticks), "second 2 wrote nothing once its lock was gone");
        assertFalse(a.isOwner(4));
        a.stopAll();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anUnreachableStoreGivesACandidateNoLock() throws InterruptedException {
        store.down = true;
        Tickers b = instance("b");
        b.start(3);
        TimeUnit.MILLISECONDS.sleep(1500);
        assertFalse(b.isOwner(3));
        assertTrue(ticks.isEmpty());
        store.restartEmpty();
        long back = System.nanoTime();
        awaitOwner(b, 3, Duration.ofSeconds(6));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back);
        assertTrue(waited >= 2000, "a candidate leaves owners time to re-assert first: took the lock after " + waited + " ms");
        b.stopAll();
    }

    private static void awaitOwner(Tickers tickers, long draftId, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        while (!tickers.isOwner(draftId) && System.nanoTime() < until) {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertTrue(tickers.isOwner(draftId), "owner of hero draft " + draftId);
    }
}
