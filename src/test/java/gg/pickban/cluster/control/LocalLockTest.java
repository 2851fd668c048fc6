package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The in-process lock on a driven clock: both "instances" are the one lock of this process. */
class LocalLockTest extends ClusterLockContract {

    private final MutableClock clock = new MutableClock();
    private final LocalLock lock = new LocalLock(clock);

    @Override
    ClusterLock instanceA() {
        return lock;
    }

    @Override
    ClusterLock instanceB() {
        return lock;
    }

    @Override
    void letExpire(Duration ttl) {
        clock.advance(ttl);
    }

    @Override
    void lose() {
        clock.advance(TTL);
    }

    @Override
    void assertHeldFor(Duration atLeast) {
        clock.advance(atLeast);
        assertTrue(lock.tryAcquire(name, TTL).isEmpty(), "held " + atLeast + " later");
    }

    @Test
    void theLockIsHeldUpToTheLastMillisecondOfItsTtl() {
        lock.tryAcquire(name, TTL).orElseThrow();
        clock.advance(TTL.minusMillis(1));
        assertTrue(lock.tryAcquire(name, TTL).isEmpty());
        clock.advance(Duration.ofMillis(1));
        assertTrue(lock.tryAcquire(name, TTL).isPresent());
    }
}
