package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.TestServices;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Shared values against the real Redis. */
class RedisValuesIT {

    private static final Duration TTL = Duration.ofMinutes(1);

    private final RedisClient redis = TestServices.redis();
    private final SharedValues values = new RedisValues(redis);
    private final String prefix = "pickban:test-values:" + System.nanoTime() + ":";

    @AfterEach
    void close() {
        values.deleteAll(prefix);
        redis.close();
    }

    @Test
    void deleteAllWalksEveryPageOfMatchingKeysAndNothingElse() {
        // more keys than one SCAN page asks for, so the cursor has to go round
        IntStream.range(0, 1200).forEach(i -> values.put(prefix + "gone:" + i, "x", TTL));
        values.put(prefix + "kept", "y", TTL);
        values.deleteAll(prefix + "gone:");
        assertEquals(Optional.empty(), values.get(prefix + "gone:0"));
        assertEquals(Optional.empty(), values.get(prefix + "gone:1199"));
        assertEquals(0, redis.keys(prefix + "gone:*").size());
        assertEquals(Optional.of("y"), values.get(prefix + "kept"));
    }
}
