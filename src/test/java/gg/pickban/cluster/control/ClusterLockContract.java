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

/**
 * What every {@link ClusterLock} promises, run against the in-process lock ({@link LocalLockTest}) and
 * the Redis one ({@link RedisLockIT}). Two instances contend for one name; how time passes and how a
 * lock gets lost is the implementation's to say.
 */
abstract class ClusterLockContract {

    static final Duration TTL = Duration.ofSeconds(10);
    /** Long enough to be held across a few calls, short enough to wait out on a real Redis. */
    static final Duration SHORT = Duration.ofMillis(300);

    final String name = "pickban:test-lock:" + System.nanoTime();

    abstract ClusterLock instanceA();

    abstract ClusterLock instanceB();

    /** Returns once the holder's {@code ttl} has run out. */
    abstract void letExpire(Duration ttl);

    /** The lock is gone before its expiry without anybody releasing it (a restarted Redis keeps nothing). */
    abstract void lose();

    /** Fails unless the lock is still held {@code atLeast} from now. */
    abstract void assertHeldFor(Duration atLeast);

    @Test
    void exactlyOneOfTwoHoldersWins() {
        assertTrue(instanceA().tryAcquire(name, TTL).isPresent());
        assertTrue(instanceB().tryAcquire(name, TTL).isEmpty());
        assertTrue(instanceA().tryAcquire(name, TTL).isEmpty(), "nor the holder a second time");
        assertTrue(instanceB().tryAcquire(name + ":other", TTL).isPresent(), "other names are free");
    }

    @Test
    void theLockExpiresWhenItsHolderDies() {
        instanceA().tryAcquire(name, SHORT).orElseThrow();
        assertTrue(instanceB().tryAcquire(name, TTL).isEmpty());
        letExpire(SHORT); // instance A "dies": it never renews nor releases
        assertTrue(instanceB().tryAcquire(name, TTL).isPresent(), "B takes over after the TTL");
    }

    @Test
    void onlyTheTokenHolderRenewsOrReleasesAndRenewalMovesTheExpiry() {
        String token = instanceA().tryAcquire(name, SHORT).orElseThrow();
        assertFalse(instanceB().reassert(name, "forged", TTL));
        instanceB().release(name, "forged");
        assertTrue(instanceB().tryAcquire(name, TTL).isEmpty(), "a forged release frees nothing");

        assertTrue(instanceA().reassert(name, token, TTL));
        assertHeldFor(SHORT.multipliedBy(2));

        instanceA().release(name, token);
        assertTrue(instanceB().tryAcquire(name, TTL).isPresent(), "released with the token");
    }

    @Test
    void aHolderTakesBackUnderItsTokenALockNobodyHolds() {
        String token = instanceA().tryAcquire(name, TTL).orElseThrow();
        lose();
        assertTrue(instanceA().reassert(name, token, TTL), "lost, nobody took it: ours again");
        assertHeldFor(SHORT);
        assertTrue(instanceB().tryAcquire(name, TTL).isEmpty());
        instanceA().release(name, token);
        assertTrue(instanceB().tryAcquire(name, TTL).isPresent(), "released with the same token");
    }

    @Test
    void anExpiredHolderCannotRenewOrReleaseItsSuccessorsLock() {
        String old = instanceA().tryAcquire(name, SHORT).orElseThrow();
        letExpire(SHORT);
        String successor = instanceB().tryAcquire(name, TTL).orElseThrow();
        assertFalse(instanceA().reassert(name, old, TTL));
        instanceA().release(name, old);
        assertTrue(instanceA().tryAcquire(name, TTL).isEmpty(), "still held by the successor");
        instanceB().release(name, successor);
        assertTrue(instanceA().tryAcquire(name, TTL).isPresent());
    }

    @Test
    void exactlyOneOfManyConcurrentContendersWins() throws Exception {
        int contenders = 32;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            var futures = IntStream.range(0, contenders).mapToObj(i -> pool.submit((Callable<Optional<String>>) () -> {
                start.await();
                return (i % 2 == 0 ? instanceA() : instanceB()).tryAcquire(name, TTL);
            })).toList();
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
