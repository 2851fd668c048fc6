package gg.pickban.draft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Actions on one draft run one at a time on an instance; other drafts do not wait for them. */
class DraftQueueTest {

    private final DraftQueue queue = new DraftQueue();

    @Test
    void actionsOnOneDraftNeverOverlap() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            int n = i;
            results.add(threads.submit(() -> queue.inTurn(7, () -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                Thread.sleep(1);
                inside.decrementAndGet();
                return n;
            })));
        }
        for (int i = 0; i < 64; i++) {
            assertEquals(i, results.get(i).get(10, TimeUnit.SECONDS));
        }
        threads.shutdown();
        assertEquals(1, most.get());
    }

    @Test
    void anotherDraftGoesAheadWhileOneIsBusy() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        Future<String> first = threads.submit(() -> queue.inTurn(1, () -> {
            busy.countDown();
            release.await();
            return "first";
        }));
        busy.await();
        assertEquals("second", queue.inTurn(2, () -> "second"));
        release.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        threads.shutdown();
    }

    @Test
    void whatTheActionThrowsReachesTheCallerAndReleasesTheTurn() throws Exception {
        assertThrows(IllegalStateException.class, () -> queue.inTurn(3, () -> {
            throw new IllegalStateException("refused");
        }));
        assertEquals("next", queue.inTurn(3, () -> "next"));
    }
}
