package gg.pickban.herodraft.control;

import gg.pickban.cluster.control.ClusterLock;
import gg.pickban.cluster.control.ConnectionCounts;
import gg.pickban.cluster.control.RedisTrouble;
import gg.pickban.cluster.control.SharedValues;
import gg.pickban.live.control.Tickers;
import gg.pickban.platform.control.ContainerThreads;
import gg.pickban.platform.control.DataReset;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's side of the hero-draft clock (docs/rules.md §5.9): the tickers, started on
 * {@link HeroDraftClockStarted} and on socket connects, and the sockets open here per draft (which
 * feed the cluster-wide connection count and keep a ticker trying for the lock, docs/decisions.md D28). The container
 * timers ({@link ContainerThreads#timers()}) only book the seconds; the seconds themselves run on a pool of container
 * threads that grows with stuck drafts, so no draft waits for another (docs/decisions.md D29).
 */
@ApplicationScoped
public class HeroDraftTickers {

    /** Plus the draft id: the one ticker per draft (docs/rules.md §5.9). */
    static final String LOCK_PREFIX = "herodraft:tick_lock:";
    static final Duration LOCK_TTL = Duration.ofSeconds(10);
    private static final int CORE_WORKERS = 4;
    private static final int MAX_WORKERS = 256;
    private static final Logger LOG = Logger.getLogger(HeroDraftTickers.class.getName());

    @Inject
    ContainerThreads pools;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ClusterLock lock;

    @Inject
    ConnectionCounts counts;

    @Inject
    HeroDraftSecond iteration;

    @Inject
    SharedValues values;

    @Inject
    RedisTrouble trouble;

    private final ConcurrentMap<Long, Integer> socketsHere = new ConcurrentHashMap<>();
    private ThreadPoolExecutor workers;
    private Tickers tickers;

    @PostConstruct
    void init() {
        workers = new ThreadPoolExecutor(CORE_WORKERS, MAX_WORKERS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
        tickers = new Tickers(LOCK_PREFIX, pools.timers(), workers, lock, trouble, LOCK_TTL, socketsHere::containsKey, System::nanoTime, iteration);
    }

    void started(@Observes HeroDraftClockStarted started) {
        tickers.start(started.draftId());
    }

    public void start(long draftId) {
        tickers.start(draftId);
    }

    /** A socket of the draft opened here; this instance's count is written again when Redis is back. */
    public void socketOpened(long draftId) {
        socketsHere.merge(draftId, 1, Integer::sum);
        try {
            counts.opened(HeroDraftSecond.connectionsKey(draftId));
        } catch (RuntimeException e) {
            trouble.seen();
            LOG.log(Level.FINE, "connection count of hero draft " + draftId + " not stored", e);
        }
    }

    /** A socket of the draft closed here (kicked or not, it leaves the count, docs/rules.md §5.7). */
    public void socketClosed(long draftId) {
        socketsHere.computeIfPresent(draftId, (id, n) -> n > 1 ? n - 1 : null);
        try {
            counts.closed(HeroDraftSecond.connectionsKey(draftId));
        } catch (RuntimeException e) {
            trouble.seen();
            LOG.log(Level.FINE, "connection count of hero draft " + draftId + " not stored", e);
        }
    }

    /** A heartbeat refreshes the count's expiry (docs/decisions.md D27). */
    public void refreshCount(long draftId) {
        counts.total(HeroDraftSecond.connectionsKey(draftId));
    }

    public boolean isOwner(long draftId) {
        return tickers.isOwner(draftId);
    }

    /**
     * A reseed ({@code reset-all}, docs/e2e-seed.md §1): no ticker, tick lock, connection counter or captain key of the old
     * drafts outlives it; the sockets themselves are closed by the watchers.
     */
    void reset(@Observes DataReset reset) {
        tickers.stopAll();
        values.deleteAll("herodraft:");
    }

    @PreDestroy
    void shutDown() {
        tickers.stopAll();
        workers.shutdownNow();
    }
}
