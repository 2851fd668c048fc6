package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LocalLockTest {

    private static final Duration TTL = Duration.ofSeconds(10);

    private final MutableClock clock = new MutableClock();
    private final LocalLock lock = new LocalLock(clock);

    @Test
    void secondHolderIsRefusedWhileTheFirstHoldsIt() {
        assertTrue(lock.tryAcquire("job", TTL).isPresent());
        assertTrue(lock.tryAcquire("job", TTL).isEmpty());
        assertTrue(lock.tryAcquire("other-job", TTL).isPresent());
    }

    @Test
    void aDeadHolderLosesTheLockWhenItExpires() {
        lock.tryAcquire("job", TTL).orElseThrow();
        clock.advance(TTL.minusMillis(1));
        assertTrue(lock.tryAcquire("job", TTL).isEmpty());
        clock.advance(Duration.ofMillis(1));
        assertTrue(lock.tryAcquire("job", TTL).isPresent());
    }

    @Test
    void onlyTheHolderRenewsAndTheExpiryMoves() {
        String token = lock.tryAcquire("job", TTL).orElseThrow();
        assertFalse(lock.reassert("job", "not-the-token", TTL));
        clock.advance(Duration.ofSeconds(9));
        assertTrue(lock.reassert("job", token, TTL));
        clock.advance(Duration.ofSeconds(9));
        assertTrue(lock.tryAcquire("job", TTL).isEmpty(), "renewal moved the expiry");
    }

    @Test
    void aHolderTakesBackUnderItsTokenALockNobodyHolds() {
        String token = lock.tryAcquire("job", TTL).orElseThrow();
        clock.advance(TTL);
        assertTrue(lock.reassert("job", token, TTL), "expired, nobody took it: ours again");
        assertTrue(lock.tryAcquire("job", TTL).isEmpty());
        lock.release("job", token);
        assertTrue(lock.tryAcquire("job", TTL).isPresent(), "released with the same token");
    }

    @Test
    void anExpiredHolderCannotRenewOrReleaseTheNextHoldersLock() {
        String old = lock.tryAcquire("job", TTL).orElseThrow();
        clock.advance(TTL);
        String next = lock.tryAcquire("job", TTL).orElseThrow();
        assertFalse(lock.reassert("job", old, TTL));
        lock.release("job", old);
        assertTrue(lock.tryAcquire("job", TTL).isEmpty(), "still held by the next holder");
        lock.release("job", next);
        assertTrue(lock.tryAcquire("job", TTL).isPresent());
    }

    @Test
    void exactlyOneOfManyConcurrentContendersWins() throws Exception {
        int contenders = 32;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Callable<Optional<String>> attempt = () -> {
                start.await();
                return lock.tryAcquire("race", TTL);
            };
            var futures = IntStream.range(0, contenders).mapToObj(i -> pool.submit(attempt)).toList();
            start.countDown();
            long winners = 0;
            for (Future<Optional<String>> future : futures) {
                winners += future.get().isPresent() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }
}
