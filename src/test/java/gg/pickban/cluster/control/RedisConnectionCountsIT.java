package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Connection counts against the real Redis, with two clients standing for two instances. */
class RedisConnectionCountsIT extends ConnectionCountsContract {

    private final RedisClient redis = TestServices.redis();
    private final RedisConnectionCounts instanceA = new RedisConnectionCounts(redis, "a-" + key);
    private final RedisConnectionCounts instanceB = new RedisConnectionCounts(redis, "b-" + key);

    @BeforeEach
    void start() {
        instanceA.republish();
        instanceB.republish();
    }

    @AfterEach
    void close() {
        instanceA.retire();
        instanceB.retire();
        redis.del(key, key + ":instances", otherKey, otherKey + ":instances");
        redis.close();
    }

    @Override
    ConnectionCounts instanceA() {
        return instanceA;
    }

    @Override
    ConnectionCounts instanceB() {
        return instanceB;
    }

    @Test
    void theTotalSumsLiveInstancesAndIsStoredUnderTheSpecKeyWithItsTtl() {
        instanceA.republish();
        instanceB.republish();
        assertEquals(1, instanceA.opened(key));
        assertEquals(2, instanceA.opened(key));
        assertEquals(3, instanceB.opened(key));
        assertEquals("3", redis.get(key));
        long ttl = redis.pttl(key);
        assertTrue(ttl > 290_000 && ttl <= 300_000, "ttl " + ttl);
        assertEquals(2, instanceB.closed(key));
        assertEquals(1, instanceA.closed(key));
        assertEquals(0, instanceA.closed(key));
        assertFalse(redis.exists(key), "deleted at zero");
        assertEquals(0, instanceA.closed(key), "never below zero");
    }

    @Test
    void aDeadInstanceStopsCounting() {
        instanceA.republish();
        instanceB.republish();
        instanceA.opened(key);
        instanceB.opened(key);
        instanceB.opened(key);
        assertEquals(3, instanceA.total(key));
        instanceB.retire(); // what its liveness key's expiry does after a crash, at most 10 s later
        assertEquals(1, instanceA.total(key));
        assertEquals("1", redis.get(key));
    }

    @Test
    void republishingRepairsARestartedRedis() {
        instanceA.republish();
        instanceA.opened(key);
        instanceA.opened(key);
        redis.del(key, key + ":instances"); // Redis lost everything
        assertEquals(0, instanceA.closed(key), "a close on an empty Redis does not go negative");
        instanceA.republish();
        assertEquals(1, instanceB.total(key));
    }
}
