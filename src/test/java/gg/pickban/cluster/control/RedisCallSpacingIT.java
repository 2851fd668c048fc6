package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.TestServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Call slots in the real Redis, two clients standing for two instances reserving at the same time. */
class RedisCallSpacingIT extends CallSpacingContract {

    private final RedisClient first = TestServices.redis();
    private final RedisClient second = TestServices.redis();
    private final CallSpacing instanceA = new RedisCallSpacing(first);
    private final CallSpacing instanceB = new RedisCallSpacing(second);

    @AfterEach
    void close() {
        first.del("pickban:spacing:" + stream, "pickban:spacing:" + stream + "-other");
        first.close();
        second.close();
    }

    @Override
    CallSpacing instanceA() {
        return instanceA;
    }

    @Override
    CallSpacing instanceB() {
        return instanceB;
    }

    /** Redis reserves by its own TIME, which on loopback is this machine's clock. */
    @Override
    long nowMillis() {
        return System.currentTimeMillis();
    }

    /** Redis keeps the time: only real time can pass. */
    @Override
    void letTimePass(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }

    @Override
    long slackMillis() {
        return 20;
    }

    @Test
    void concurrentReservationsOfTwoInstancesGetDistinctSlotsOneIntervalApart() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Long>> reservations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            CallSpacing instance = i % 2 == 0 ? instanceA : instanceB;
            reservations.add(() -> System.currentTimeMillis() + instance.reserve(stream, INTERVAL).toMillis());
        }
        List<Long> starts = new ArrayList<>();
        for (Future<Long> start : threads.invokeAll(reservations)) {
            starts.add(start.get());
        }
        threads.shutdown();
        Collections.sort(starts);
        for (int i = 1; i < starts.size(); i++) {
            long gap = starts.get(i) - starts.get(i - 1);
            assertTrue(gap >= 480 && gap <= 520, "slot gaps are the interval: " + starts);
        }
    }
}
