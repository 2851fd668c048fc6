package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CoalescedReadTest {

    @Test
    void everyCallerSeesWhatWasWrittenBeforeItAskedWhileReadsAreShared() throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger overlapping = new AtomicInteger();
        CoalescedRead<Long> read = new CoalescedRead<>(() -> {
            if (inFlight.incrementAndGet() > 1) {
                overlapping.incrementAndGet();
            }
            reads.incrementAndGet();
            long value = written.get();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return value;
        });
        int threads = 16;
        int callsEach = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> stale = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            stale.add(pool.submit(() -> {
                start.await();
                int wrong = 0;
                for (int i = 0; i < callsEach; i++) {
                    long before = written.incrementAndGet();
                    if (read.get() < before) {
                        wrong++;
                    }
                }
                return wrong;
            }));
        }
        start.countDown();
        int wrong = 0;
        for (Future<Integer> f : stale) {
            wrong += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(0, wrong, "a caller got a value read before it asked");
        assertEquals(0, overlapping.get(), "at most one read in flight");
        assertTrue(reads.get() < threads * callsEach, "reads were shared: " + reads.get() + " for " + threads * callsEach + " calls");
    }

    @Test
    void aFailedReadFailsItsCallersAndTheNextCallReadsAgain() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException down = new IllegalStateException("redis down");
        CoalescedRead<Integer> read = new CoalescedRead<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw down;
            }
            return 7;
        });
        assertSame(down, assertThrows(IllegalStateException.class, read::get));
        assertEquals(7, read.get());
    }
}
