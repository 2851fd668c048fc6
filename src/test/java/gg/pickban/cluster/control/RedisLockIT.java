package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.TestServices;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The Redis lock against the real Redis, with two independent clients standing for two instances. */
class RedisLockIT extends ClusterLockContract {

    private final RedisClient first = TestServices.redis();
    private final RedisClient second = TestServices.redis();
    private final ClusterLock instanceA = new RedisLock(first);
    private final ClusterLock instanceB = new RedisLock(second);

    @AfterEach
    void close() {
        first.del(name, name + ":other");
        first.close();
        second.close();
    }

    @Override
    ClusterLock instanceA() {
        return instanceA;
    }

    @Override
    ClusterLock instanceB() {
        return instanceB;
    }

    /** Redis keeps the time: waits, bounded, until it has dropped the key. */
    @Override
    void letExpire(Duration ttl) {
        Instant deadline = Instant.now().plus(ttl).plusSeconds(5);
        while (first.exists(name)) {
            assertTrue(Instant.now().isBefore(deadline), "Redis never expired the lock");
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    @Override
    void lose() {
        first.del(name);
    }

    @Override
    void assertHeldFor(Duration atLeast) {
        long left = first.pttl(name);
        assertTrue(left > atLeast.toMillis(), "expires in " + left + " ms");
    }

    @Test
    void theKeyHoldsTheWinnersToken() {
        Optional<String> a = instanceA.tryAcquire(name, TTL);
        assertEquals(a.orElseThrow(), first.get(name));
    }
}
