package gg.pickban.live.control;

import gg.pickban.cluster.control.ClusterLock;
import gg.pickban.cluster.control.RedisTrouble;
import gg.pickban.platform.control.DatabaseOutage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's lock-owned tickers, one per key (a hero draft's clock: herodraft.md §9.3, D28, D29). A
 * ticker exists while this instance holds the key's tick lock, or, as a candidate, while it has sockets
 * of the key: then it
 * tries to take the lock once per second, so a dead owner is replaced within the lock's TTL + 1 s.
 * When the body says stop (the draft is paused, say) the lock is released and a candidate goes
 * dormant — it stops trying — until the next {@link #start} (a tick of another owner, a socket, the
 * clock starting) arms it again; so a stopped draft costs nothing, and a ticking one always has armed
 * candidates wherever it has sockets. Each second
 * is a task of its own on the workers: it renews the lock first (never behind database work), then
 * runs the body unless the previous second's body is still running. Seconds are counted from the
 * ticker's start; a late second is not followed by a burst of missed ones.
 * <p>
 * While the lock store cannot be reached, nobody can take a lock from it: the owner keeps its token
 * and goes on ticking (captains lose no time to an outage), candidates take none. When the store
 * answers again, perhaps restarted empty, the owner re-asserts its lock under the same token at its
 * next second, and before every write ({@link Body}); if another instance holds the lock by then, it
 * stops at once. Candidates wait {@link #REASSERT_WINDOW} after the last trouble before taking a lock,
 * so an owner gets its own lock back first and no second ticker starts.
 */
public final class Tickers {

    /**
     * One second of a ticker that holds the lock; answers whether to go on. {@code stillOwner} re-asserts
     * the lock (a store round trip unless it was re-asserted just now): ask it before every write, and
     * write nothing once it says no.
     */
    @FunctionalInterface
    public interface Body {
        boolean tick(long key, BooleanSupplier stillOwner);
    }

    static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Owners re-assert within a second of the store answering; this leaves them twice that. */
    static final Duration REASSERT_WINDOW = Duration.ofSeconds(3);
    /**
     * A successful re-assert younger than this answers the fence without another round trip (the tick of
     * the same second): nobody can take the lock that soon after, as candidates wait {@link #REASSERT_WINDOW}.
     */
    static final long FRESH_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final Logger LOG = Logger.getLogger(Tickers.class.getName());

    private final ConcurrentMap<Long, Ticker> tickers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Executor workers;
    private final ClusterLock lock;
    private final RedisTrouble trouble;
    private final Duration lockTtl;
    private final LongPredicate watchedHere;
    private final LongSupplier nanoTime;
    private final Body body;
    private final String lockPrefix;

    /** {@code lockPrefix} + key names the lock of a key's ticker (e.g. {@code herodraft:tick_lock:42}). */
    public Tickers(String lockPrefix, ScheduledExecutorService scheduler, Executor workers, ClusterLock lock, RedisTrouble trouble, Duration lockTtl,
            LongPredicate watchedHere, LongSupplier nanoTime, Body body) {
        this.scheduler = scheduler;
        this.workers = workers;
        this.lock = lock;
        this.trouble = trouble;
        this.lockTtl = lockTtl;
        this.watchedHere = watchedHere;
        this.nanoTime = nanoTime;
        this.body = body;
        this.lockPrefix = lockPrefix;
    }

    /** The cluster lock a key's ticker holds. */
    public String lockName(long key) {
        return lockPrefix + key;
    }

    /** Starts the key's ticker here unless one runs already; its first second tries to take the lock at once. */
    public void start(long key) {
        Ticker[] created = {null};
        tickers.compute(key, (id, current) -> {
            if (current != null) {
                current.arm();
                return current;
            }
            created[0] = new Ticker(id);
            return created[0];
        });
        if (created[0] != null) {
            created[0].begin();
        }
    }

    /** Stops the key's ticker here and releases its lock; harmless for a key without one. */
    public void stop(long key) {
        Ticker ticker = tickers.remove(key);
        if (ticker != null) {
            ticker.end();
        }
    }

    public void stopAll() {
        tickers.keySet().forEach(this::stop);
    }

    public boolean isRunning(long key) {
        return tickers.containsKey(key);
    }

    /** Whether this instance holds the key's tick lock right now. */
    public boolean isOwner(long key) {
        Ticker ticker = tickers.get(key);
        return ticker != null && ticker.token().isPresent();
    }

    private final class Ticker {

        private final long key;
        private final String lockName;
        private final AtomicBoolean bodyRunning = new AtomicBoolean();
        private long startNanos;
        private long second;
        private String token;
        private long reassertedAt;
        private boolean armed = true;
        private ScheduledFuture<?> next;
        private boolean ended;

        Ticker(long key) {
            this.key = key;
            this.lockName = lockName(key);
        }

        synchronized Optional<String> token() {
            return Optional.ofNullable(token);
        }

        synchronized void begin() {
            startNanos = nanoTime.getAsLong();
            next = scheduler.schedule(this::fire, 0, TimeUnit.NANOSECONDS);
        }

        /** On the scheduler: books the next second, hands this one to the workers, never waits. */
        private void fire() {
            synchronized (this) {
                if (ended) {
                    return;
                }
                long now = nanoTime.getAsLong();
                second = Math.max(second + 1, (now - startNanos) / PERIOD_NANOS + 1);
                next = scheduler.schedule(this::fire, startNanos + second * PERIOD_NANOS - now, TimeUnit.NANOSECONDS);
            }
            try {
                workers.execute(this::runSecond);
            } catch (RejectedExecutionException e) {
                LOG.log(Level.WARNING, "No worker for ticker " + lockName + "; this second is skipped", e);
            }
        }

        private void runSecond() {
            try {
                if (!holdLock()) {
                    return;
                }
                if (!bodyRunning.compareAndSet(false, true)) {
                    LOG.info(() -> lockName + ": the previous second is still running; this second is skipped");
                    return;
                }
                boolean goOn;
                try {
                    goOn = body.tick(key, this::stillOwner);
                } finally {
                    bodyRunning.set(false);
                }
                if (!goOn) {
                    letGo();
                }
            } catch (RuntimeException e) {
                if (DatabaseOutage.caused(e)) {
                    LOG.warning(() -> lockName + ": the database is unavailable this second ("
                            + DatabaseOutage.reason(e) + "); it goes on");
                } else {
                    LOG.log(Level.WARNING, lockName + " failed this second; it goes on", e);
                }
            }
        }

        /** Keeps the lock we hold, or tries to take it; ends this ticker if it neither holds nor watches. */
        private synchronized boolean holdLock() {
            if (ended) {
                return false;
            }
            try {
                if (token != null) {
                    reassert();
                }
                if (token == null && armed && !trouble.seenWithin(REASSERT_WINDOW)) {
                    token = lock.tryAcquire(lockName, lockTtl).orElse(null);
                    if (token != null) {
                        reassertedAt = nanoTime.getAsLong();
                        LOG.fine(() -> lockName + ": tick lock taken");
                    }
                }
            } catch (RuntimeException e) {
                // unreachable: an owner keeps its token (nobody can take the lock meanwhile), a candidate gets none
                trouble.seen();
                LOG.log(Level.FINE, lockName + " unreachable", e);
            }
            if (token == null) {
                retireUnlessWatched();
                return false;
            }
            return true;
        }

        /** The body's fence before a write: whether this ticker still holds the lock (unreachable store: yes). */
        private synchronized boolean stillOwner() {
            if (ended || token == null) {
                return false;
            }
            if (nanoTime.getAsLong() - reassertedAt < FRESH_NANOS) {
                return true;
            }
            try {
                reassert();
            } catch (RuntimeException e) {
                trouble.seen();
                LOG.log(Level.FINE, lockName + " unreachable", e);
            }
            return token != null;
        }

        private void reassert() {
            if (lock.reassert(lockName, token, lockTtl)) {
                reassertedAt = nanoTime.getAsLong();
                return;
            }
            LOG.info(() -> lockName + ": tick lock held by another instance; ticking stops here");
            token = null;
        }

        /** The body said stop: release, and end or (with sockets here) go dormant until the next start. */
        private synchronized void letGo() {
            release();
            armed = false;
            retireUnlessWatched();
        }

        synchronized void arm() {
            armed = true;
        }

        private void retireUnlessWatched() {
            if (!watchedHere.test(key) && tickers.remove(key, this)) {
                end();
            }
        }

        synchronized void end() {
            if (ended) {
                return;
            }
            ended = true;
            if (next != null) {
                next.cancel(false);
            }
            release();
        }

        private void release() {
            if (token == null) {
                return;
            }
            try {
                lock.release(lockName, token);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "releasing " + lockName, e);
            }
            token = null;
        }
    }
}
