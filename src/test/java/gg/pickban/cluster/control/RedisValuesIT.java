package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.TestServices;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Shared values against the real Redis. */
class RedisValuesIT extends SharedValuesContract {

    private final RedisClient redis = TestServices.redis();
    private final SharedValues values = new RedisValues(redis);

    @AfterEach
    void close() {
        values.deleteAll(ns);
        redis.close();
    }

    @Override
    SharedValues values() {
        return values;
    }

    /** Redis keeps the time: waits, bounded, until it has dropped the key. */
    @Override
    void letExpire(String key, Duration ttl) {
        Instant deadline = Instant.now().plus(ttl).plusSeconds(5);
        while (redis.exists(key)) {
            assertTrue(Instant.now().isBefore(deadline), "Redis never expired " + key);
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    @Override
    void assertLivesFor(String key, Duration atLeast) {
        long left = redis.pttl(key);
        assertTrue(left > atLeast.toMillis(), key + " expires in " + left + " ms");
    }

    @Test
    void deleteAllWalksEveryPageOfMatchingKeysAndNothingElse() {
        // more keys than one SCAN page asks for, so the cursor has to go round
        IntStream.range(0, 1200).forEach(i -> values.put(ns + "gone:" + i, "x", TTL));
        values.put(ns + "kept", "y", TTL);
        values.deleteAll(ns + "gone:");
        assertEquals(Optional.empty(), values.get(ns + "gone:0"));
        assertEquals(Optional.empty(), values.get(ns + "gone:1199"));
        assertEquals(0, redis.keys(ns + "gone:*").size());
        assertEquals(Optional.of("y"), values.get(ns + "kept"));
    }
}
