package gg.pickban.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Pools of container threads (the default {@link ManagedThreadFactory}: each thread carries the
 * application's context from its creation) for the work submitted thousands of times a second:
 * socket sends, bus deliveries, ticker seconds. Payara's managed executors capture the submitter's
 * context for every task, and that capture scans the application's class path for context
 * providers ({@code ServiceLoader}) each time — in a profile of 10,000 hero-draft watchers it cost
 * more than the sends themselves. Occasional work keeps using the managed executors.
 */
@ApplicationScoped
public class ContainerThreads {

    private static final int WORKERS = 8;
    private static final int TIMERS = 2;

    @Resource
    ManagedThreadFactory threads;

    private ThreadPoolExecutor workers;
    private ScheduledThreadPoolExecutor timers;

    @PostConstruct
    void init() {
        workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        workers.allowCoreThreadTimeOut(true);
        timers = new ScheduledThreadPoolExecutor(TIMERS, threads);
        timers.setRemoveOnCancelPolicy(true);
    }

    /** Short tasks, first come first served; never blocks the submitter. */
    public Executor workers() {
        return workers;
    }

    /** Only for booking work at a time; the work itself belongs on {@link #workers()} or a pool of its own. */
    public ScheduledExecutorService timers() {
        return timers;
    }

    @PreDestroy
    void shutDown() {
        timers.shutdownNow();
        workers.shutdownNow();
    }
}
