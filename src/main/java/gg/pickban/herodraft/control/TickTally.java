package gg.pickban.herodraft.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * What the tickers of this instance sent, for the metrics: which drafts ticked lately and how many
 * ticks per second. One map write and one array increment per tick; the reading side does the rest.
 */
@ApplicationScoped
public class TickTally {

    static final int WINDOW_SECONDS = 10;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ConcurrentMap<Long, Long> lastTick = new ConcurrentHashMap<>();
    /** Ticks per second of the clock, slot {@code second % WINDOW_SECONDS}, with the second it counts for. */
    private final AtomicLongArray counts = new AtomicLongArray(WINDOW_SECONDS);
    private final AtomicLongArray seconds = new AtomicLongArray(WINDOW_SECONDS);
    private final LongSupplier nanoTime;

    public TickTally() {
        this(System::nanoTime);
    }

    TickTally(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** A tick of the draft went out from here. */
    public void ticked(long draftId) {
        long now = nanoTime.getAsLong();
        lastTick.put(draftId, now);
        long second = now / NANOS_PER_SECOND;
        int slot = (int) Math.floorMod(second, (long) WINDOW_SECONDS);
        if (seconds.get(slot) != second) {
            synchronized (this) {
                if (seconds.get(slot) != second) {
                    seconds.set(slot, second);
                    counts.set(slot, 0);
                }
            }
        }
        counts.incrementAndGet(slot);
    }

    /** Drafts whose ticker here sent a tick within the last two seconds; forgets the others. */
    public int ticking() {
        long since = nanoTime.getAsLong() - 2 * NANOS_PER_SECOND;
        lastTick.values().removeIf(at -> at - since < 0);
        return lastTick.size();
    }

    /** Ticks per second sent from here, averaged over the last ten whole seconds. */
    public double perSecond() {
        long current = nanoTime.getAsLong() / NANOS_PER_SECOND;
        long total = 0;
        for (int slot = 0; slot < WINDOW_SECONDS; slot++) {
            long second = seconds.get(slot);
            if (second < current && second >= current - WINDOW_SECONDS) {
                total += counts.get(slot);
            }
        }
        return total / (double) WINDOW_SECONDS;
    }
}
