package gg.pickban.cluster.control;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Concurrent callers of one read share executions of it, each of which starts after its callers
 * asked: whoever arrives while a read is in flight waits for the next one, and that next one serves
 * everybody who arrived meanwhile. So every caller gets a value read after its call began — nothing
 * written before the call can be missed, exactly as if it had read itself — but under load one round
 * trip serves many callers instead of one each. At most one read is in flight; the caller whose read
 * it is runs it (no thread of its own).
 */
final class CoalescedRead<T> {

    private static final class Round<T> {
        final CompletableFuture<T> value = new CompletableFuture<>();
        /** Completed when this round may start; one of its callers then runs the read. */
        final CompletableFuture<Void> turn = new CompletableFuture<>();
        final AtomicBoolean claimed = new AtomicBoolean();
        int callers;
    }

    private final Supplier<T> read;
    private final Object gate = new Object();
    /** The round not started yet, which arriving callers join. */
    private Round<T> next = new Round<>();
    private boolean inFlight;

    CoalescedRead(Supplier<T> read) {
        this.read = read;
    }

    T get() {
        Round<T> mine;
        synchronized (gate) {
            mine = next;
            mine.callers++;
            if (!inFlight) {
                inFlight = true;
                next = new Round<>();
                mine.turn.complete(null);
            }
        }
        CompletableFuture.anyOf(mine.value, mine.turn).join();
        if (!mine.value.isDone() && mine.claimed.compareAndSet(false, true)) {
            run(mine);
        }
        try {
            return mine.value.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void run(Round<T> round) {
        try {
            round.value.complete(read.get());
        } catch (RuntimeException | Error e) {
            round.value.completeExceptionally(e);
        } finally {
            synchronized (gate) {
                if (next.callers > 0) {
                    Round<T> following = next;
                    next = new Round<>();
                    following.turn.complete(null);
                } else {
                    inFlight = false;
                }
            }
        }
    }
}
