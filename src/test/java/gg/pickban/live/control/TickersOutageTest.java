package gg.pickban.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.cluster.control.ClusterLock;
import gg.pickban.cluster.control.LocalLock;
import gg.pickban.cluster.control.RedisTrouble;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The tick lock through a Redis outage (README, "Failure behaviour: Redis"), on virtual time: the owner
 * keeps ticking, nobody else starts, and after the store comes back empty the owner re-asserts its lock
 * first; an owner that finds its lock taken stops at once and writes nothing more.
 */
class TickersOutageTest {

    private static final String LOCKS = "herodraft:tick_lock:";

    /** A lock store that can be unreachable, and comes back empty like a Redis without persistence. */
    static final class Store implements ClusterLock {

        private final Clock clock;
        boolean down;
        ClusterLock held;

        Store(Clock clock) {
            this.clock = clock;
            this.held = new LocalLock(clock);
        }

        void restartEmpty() {
            held = new LocalLock(clock);
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

    private final VirtualTime time = new VirtualTime();
    private final ScheduledExecutorService scheduler = time.scheduler();
    private final Store store = new Store(time.clock());
    private final List<String> ticks = new ArrayList<>();
    /** Each instance's trouble record; its group bus marks it when it gets its subscription back. */
    private final List<RedisTrouble> troubles = new ArrayList<>();

    /** Redis comes back empty; every instance's bus notices as it resubscribes. */
    private void storeReturnsEmpty() {
        store.restartEmpty();
        troubles.forEach(RedisTrouble::seen);
    }

    /** One instance; its body writes one tick per second, behind the fence like the real one. */
    private Tickers instance(String name) {
        return instance((id, stillOwner) -> {
            if (stillOwner.getAsBoolean()) {
                ticks.add(name);
            }
            return true;
        });
    }

    private Tickers instance(Tickers.Body body) {
        RedisTrouble trouble = new RedisTrouble(time.clock());
        troubles.add(trouble);
        return new Tickers(LOCKS, scheduler, VirtualTime.inline(), store, trouble, Duration.ofSeconds(10), id -> true, time::nanos, body);
    }

    private void advance(long millis) {
        time.advance(Duration.ofMillis(millis));
    }

    @Test
    void theOwnerTicksThroughAnOutageAndKeepsItsLockWhenTheStoreReturnsEmpty() {
        Tickers a = instance("a");
        Tickers b = instance("b");
        a.start(1);
        advance(0);
        assertTrue(a.isOwner(1));
        b.start(1);
        ticks.clear();
        store.down = true;
        advance(2500);
        assertEquals(List.of("a", "a"), ticks, "the owner went on, nobody else started");
        storeReturnsEmpty();
        advance(4500);
        assertTrue(a.isOwner(1), "the owner re-asserted its lock");
        assertFalse(b.isOwner(1), "the candidate waited for it: " + ticks);
        assertEquals(List.of("a", "a", "a", "a", "a", "a", "a"), ticks, "one ticker throughout, a tick each second");
        a.stopAll();
        b.stopAll();
    }

    @Test
    void anOwnerFindingItsLockTakenStopsAtOnceAndWritesNothingMore() {
        Tickers a = instance("a");
        a.start(2);
        advance(0);
        assertTrue(a.isOwner(2));
        store.down = true;
        advance(1200);
        storeReturnsEmpty();
        // another instance got the lock of the restarted store before the owner asked again
        assertTrue(store.tryAcquire(LOCKS + 2, Duration.ofSeconds(10)).isPresent());
        int before = ticks.size();
        advance(2500);
        assertFalse(a.isOwner(2));
        assertEquals(before, ticks.size(), "no write after the store came back with the lock taken: " + ticks);
        a.stopAll();
    }

    @Test
    void theFenceBeforeAWriteStopsAnOwnerWhoseLockWasTakenWhileItsSecondRan() {
        AtomicInteger runs = new AtomicInteger();
        Tickers a = instance((id, stillOwner) -> {
            if (runs.incrementAndGet() == 2) {
                // while second 2 reads, the store restarts empty and another instance takes the lock
                storeReturnsEmpty();
                assertTrue(store.tryAcquire(LOCKS + 4, Duration.ofSeconds(10)).isPresent(), "another instance took it");
                time.stall(Duration.ofNanos(Tickers.FRESH_NANOS + TimeUnit.MILLISECONDS.toNanos(100)));
            }
            if (stillOwner.getAsBoolean()) {
                ticks.add("a" + runs.get());
            }
            return true;
        });
        a.start(4);
        advance(2500);
        assertEquals(List.of("a1"), ticks, "second 2 wrote nothing once its lock was gone");
        assertFalse(a.isOwner(4));
        a.stopAll();
    }

    @Test
    void anUnreachableStoreGivesACandidateNoLock() {
        store.down = true;
        Tickers b = instance("b");
        b.start(3);
        advance(1500);
        assertFalse(b.isOwner(3));
        assertTrue(ticks.isEmpty());
        storeReturnsEmpty();
        long back = time.nanos();
        while (!b.isOwner(3) && time.nanos() - back < TimeUnit.SECONDS.toNanos(10)) {
            advance(20);
        }
        assertTrue(b.isOwner(3));
        long waited = TimeUnit.NANOSECONDS.toMillis(time.nanos() - back);
        assertTrue(waited >= 2000, "a candidate leaves owners time to re-assert first: took the lock after " + waited + " ms");
        b.stopAll();
    }
}
