package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A job body or its lock failing never reaches the EJB timer (which would cancel itself after a redelivery). */
class ClusterJobsTest {

    private static final RuntimeException REDIS_GONE = new IllegalStateException("connection refused");

    @Test
    void aLockThatCannotBeTakenSkipsTheRoundWithoutThrowing() {
        AtomicInteger runs = new AtomicInteger();
        ClusterJobs jobs = jobs(new FailingLock(true, false));
        assertFalse(jobs.runExclusive("sync", Duration.ofSeconds(30), runs::incrementAndGet));
        assertEquals(0, runs.get());
    }

    @Test
    void aLockThatCannotBeReleasedStillCountsTheRun() {
        AtomicInteger runs = new AtomicInteger();
        ClusterJobs jobs = jobs(new FailingLock(false, true));
        assertTrue(jobs.runExclusive("sync", Duration.ofSeconds(30), runs::incrementAndGet));
        assertEquals(1, runs.get());
    }

    @Test
    void aFailingBodyIsLoggedNotThrown() {
        ClusterJobs jobs = jobs(new FailingLock(false, false));
        assertTrue(jobs.runExclusive("sync", Duration.ofSeconds(30), () -> {
            throw new IllegalStateException("boom");
        }));
    }

    @Test
    void runsAndFailuresAreCountedPerJobAndANewJobIsAnnouncedOnce() {
        ClusterJobs jobs = jobs(new FailingLock(false, false));
        List<String> announced = new ArrayList<>();
        jobs.runExclusive("purge", Duration.ofSeconds(30), () -> { });
        jobs.tally().onNewJob(announced::add);
        jobs.runExclusive("purge", Duration.ofSeconds(30), () -> { });
        jobs.runExclusive("sync", Duration.ofSeconds(30), () -> {
            throw new IllegalStateException("boom");
        });
        jobs.runExclusive("sync", Duration.ofSeconds(30), () -> { });
        assertEquals(List.of("purge", "sync"), announced, "a job seen before the listener, then one seen after");
        assertEquals(2, jobs.tally().runs("purge"));
        assertEquals(0, jobs.tally().failures("purge"));
        assertEquals(2, jobs.tally().runs("sync"));
        assertEquals(1, jobs.tally().failures("sync"));
        assertEquals(0, jobs.tally().runs("never"));
    }

    @Test
    void aRoundSkippedForTheLockIsNoRun() {
        ClusterJobs jobs = jobs(new FailingLock(true, false));
        jobs.runExclusive("sync", Duration.ofSeconds(30), () -> { });
        assertEquals(0, jobs.tally().runs("sync"));
    }

    private static ClusterJobs jobs(ClusterLock lock) {
        ClusterJobs jobs = new ClusterJobs();
        jobs.lock = lock;
        jobs.enabled = true;
        return jobs;
    }

    private record FailingLock(boolean failAcquire, boolean failRelease) implements ClusterLock {

        @Override
        public Optional<String> tryAcquire(String name, Duration ttl) {
            if (failAcquire) {
                throw REDIS_GONE;
            }
            return Optional.of("token");
        }

        @Override
        public boolean reassert(String name, String token, Duration ttl) {
            return true;
        }

        @Override
        public void release(String name, String token) {
            if (failRelease) {
                throw REDIS_GONE;
            }
        }
    }
}
