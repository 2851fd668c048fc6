package gg.pickban.draft.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Actions on one draft, one after the other on this instance, in arrival order. The draft's row lock
 * already serialises them, but each waiter would hold a pooled connection while it waits; queuing
 * here first means a burst on one draft occupies one connection per instance, not the pool. After a
 * long wait an action goes ahead anyway: the row lock still keeps it correct.
 */
@ApplicationScoped
public class DraftQueue {

    private static final long PATIENCE_SECONDS = 30;

    /** Work that may throw what the caller would. */
    @FunctionalInterface
    public interface Action<T> {
        T run() throws Exception;
    }

    private static final class Turn {
        final ReentrantLock lock = new ReentrantLock(true);
        int waiting;
    }

    private final ConcurrentMap<Long, Turn> turns = new ConcurrentHashMap<>();

    public <T> T inTurn(long draftId, Action<T> action) throws Exception {
        Turn turn = turns.compute(draftId, (id, existing) -> {
            Turn joined = existing != null ? existing : new Turn();
            joined.waiting++;
            return joined;
        });
        boolean held = false;
        try {
            held = turn.lock.tryLock(PATIENCE_SECONDS, TimeUnit.SECONDS);
            return action.run();
        } finally {
            if (held) {
                turn.lock.unlock();
            }
            turns.computeIfPresent(draftId, (id, existing) -> --existing.waiting == 0 ? null : existing);
        }
    }
}
