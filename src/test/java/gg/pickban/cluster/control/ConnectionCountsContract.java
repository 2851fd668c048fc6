package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What every {@link ConnectionCounts} promises, run in-process ({@link LocalConnectionCountsTest}) and on
 * Redis ({@link RedisConnectionCountsIT}): the total over the instances, per key, never below zero.
 */
abstract class ConnectionCountsContract {

    final String key = "herodraft:connections:test-" + System.nanoTime();
    final String otherKey = key + "-other";

    abstract ConnectionCounts instanceA();

    abstract ConnectionCounts instanceB();

    @Test
    void countsOpenSocketsPerKeyAcrossInstancesAndNeverGoesBelowZero() {
        assertEquals(1, instanceA().opened(key));
        assertEquals(2, instanceA().opened(key));
        assertEquals(3, instanceB().opened(key));
        assertEquals(1, instanceB().opened(otherKey));
        assertEquals(3, instanceA().total(key));
        assertEquals(2, instanceB().closed(key));
        assertEquals(1, instanceA().closed(key));
        assertEquals(0, instanceA().closed(key));
        assertEquals(0, instanceA().closed(key), "never below zero");
        assertEquals(0, instanceB().total(key));
        assertEquals(1, instanceA().total(otherKey));
    }
}
