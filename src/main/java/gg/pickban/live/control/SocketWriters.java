package gg.pickban.live.control;

import gg.pickban.platform.control.ContainerThreads;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.attributes.AttributeBuilder;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.memory.ThreadLocalPool;
import org.glassfish.grizzly.memory.ThreadLocalPoolProvider;
import org.glassfish.grizzly.threadpool.DefaultWorkerThread;

/**
 * The threads that write frames to sockets. Every write passes through the container's HTTP output buffer,
 * which takes an 8 KiB buffer for it from the writing thread's Grizzly buffer pool and gives back what the
 * frame did not use; a thread without such a pool (any container-managed thread) gets a new 8 KiB array
 * per write instead. At 10,000 ticking watchers that was 80 MB of garbage a second — a young collection every
 * two seconds, each one a pause every socket's tick waited for. So the writes run on a few threads of
 * Grizzly's own worker kind, each with its own pool: the garbage per write is the frame's size. They run
 * nothing but our outboxes' writes (no application context is needed for that); closing a socket, which
 * runs the endpoint's close handling, stays on the {@link ContainerThreads#workers() container's threads}.
 * Where Grizzly's classes are not visible, the writes run on the container's threads as before.
 */
@ApplicationScoped
public class SocketWriters {

    private static final int THREADS = 4;
    private static final Logger LOG = Logger.getLogger(SocketWriters.class.getName());

    @Inject
    ContainerThreads threads;

    private ExecutorService own;

    @PostConstruct
    void init() {
        try {
            own = GrizzlyThreads.pool(THREADS);
        } catch (LinkageError | RuntimeException e) {
            LOG.log(Level.INFO, "Socket frames are written from the container's threads (no Grizzly buffer pool here)", e);
        }
    }

    /** Where socket writes run. */
    public Executor executor() {
        return own != null ? own : threads.workers();
    }

    /** Whether the writes run on threads with a Grizzly buffer pool. */
    public boolean pooled() {
        return own != null;
    }

    @PreDestroy
    void shutDown() {
        if (own != null) {
            own.shutdownNow();
        }
    }

    /** Kept apart so that a container without Grizzly fails here, when the pool is made, and nowhere else. */
    private static final class GrizzlyThreads {

        static ExecutorService pool(int size) {
            if (!(MemoryManager.DEFAULT_MEMORY_MANAGER instanceof ThreadLocalPoolProvider buffers)) {
                throw new IllegalStateException("Grizzly's memory manager has no thread-local pools: " + MemoryManager.DEFAULT_MEMORY_MANAGER);
            }
            AtomicInteger serial = new AtomicInteger();
            ThreadFactory factory = task -> {
                ThreadLocalPool<?> pool = buffers.createThreadLocalPool();
                Thread thread = new DefaultWorkerThread(AttributeBuilder.DEFAULT_ATTRIBUTE_BUILDER, "pickban-socket-writer-" + serial.incrementAndGet(),
                        pool, task);
                thread.setDaemon(true);
                return thread;
            };
            ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }
}
