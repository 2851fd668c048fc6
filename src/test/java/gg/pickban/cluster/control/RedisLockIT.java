package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.TestServices;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The Redis lock against the real Redis, with two independent clients standing for two instances. */
class RedisLockIT {

    private final RedisClient first = TestServices.redis();
    private final RedisClient second = TestServices.redis();
    private final ClusterLock instanceA = new RedisLock(first);
    private final ClusterLock instanceB = new RedisLock(second);
    private final String name = "pickban:test-lock:" + System.nanoTime();

    @AfterEach
    void close() {
        first.del(name);
        first.close();
        second.close();
    }

    @Test
    void exactlyOneOfTwoHoldersWins() {
        Optional<String> a = instanceA.tryAcquire(name, Duration.ofSeconds(10));
        Optional<String> b = instanceB.tryAcquire(name, Duration.ofSeconds(10));
        assertTrue(a.isPresent());
        assertTrue(b.isEmpty());
        assertEquals(a.get(), first.get(name), "the key holds the winner's token");
    }

    @Test
    void theLockExpiresWhenItsHolderDies() {
        instanceA.tryAcquire(name, Duration.ofMillis(300)).orElseThrow();
        assertTrue(instanceB.tryAcquire(name, Duration.ofSeconds(10)).isEmpty());
        // instance A "dies": it never renews nor releases
        Instant deadline = Instant.now().plusSeconds(5);
        Optional<String> taken = Optional.empty();
        while (taken.isEmpty() && Instant.now().isBefore(deadline)) {
            taken = instanceB.tryAcquire(name, Duration.ofSeconds(10));
        }
        assertTrue(taken.isPresent(), "B takes over after the TTL");
    }

    @Test
    void onlyTheTokenHolderRenewsOrReleases() {
        String token = instanceA.tryAcquire(name, Duration.ofSeconds(2)).orElseThrow();
        assertFalse(instanceB.reassert(name, "forged", Duration.ofSeconds(60)));
        instanceB.release(name, "forged");
        assertEquals(token, first.get(name));

        assertTrue(instanceA.reassert(name, token, Duration.ofSeconds(60)));
        assertTrue(first.pttl(name) > 2000, "renewal moved the expiry");

        instanceA.release(name, token);
        assertTrue(instanceB.tryAcquire(name, Duration.ofSeconds(10)).isPresent());
    }

    @Test
    void aHolderTakesBackUnderItsTokenALockRedisLost() {
        String token = instanceA.tryAcquire(name, Duration.ofSeconds(10)).orElseThrow();
        first.del(name); // a restarted Redis keeps nothing
        assertTrue(instanceA.reassert(name, token, Duration.ofSeconds(10)));
        assertEquals(token, first.get(name));
        assertTrue(first.pttl(name) > 5000, "with the lock's expiry");
        assertTrue(instanceB.tryAcquire(name, Duration.ofSeconds(10)).isEmpty());
    }

    @Test
    void aHolderWhoseLockExpiredCannotReleaseItsSuccessor() throws InterruptedException {
        String old = instanceA.tryAcquire(name, Duration.ofMillis(100)).orElseThrow();
        Thread.sleep(200);
        String successor = instanceB.tryAcquire(name, Duration.ofSeconds(10)).orElseThrow();
        instanceA.release(name, old);
        assertFalse(instanceA.reassert(name, old, Duration.ofSeconds(10)));
        assertEquals(successor, first.get(name));
    }

    @Test
    void exactlyOneOfManyConcurrentContendersWins() throws Exception {
        int contenders = 40;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            var futures = IntStream.range(0, contenders).mapToObj(i -> pool.submit((Callable<Optional<String>>) () -> {
                start.await();
                return (i % 2 == 0 ? instanceA : instanceB).tryAcquire(name, Duration.ofSeconds(10));
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
