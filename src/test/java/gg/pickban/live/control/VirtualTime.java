package gg.pickban.live.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Time that moves only when a test says so, for code that takes a scheduler, a nano clock and a
 * {@link Clock}: {@link #advance} runs every task that falls due on the way, in due order, on the
 * calling thread, with the clocks reading each task's due time. Tasks may advance time themselves (a
 * body that takes long), and several schedulers may share one time (one per simulated instance, and one
 * can die). Single-threaded by design: no test built on it sleeps or races.
 */
final class VirtualTime {

    private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

    private final PriorityQueue<Task> due = new PriorityQueue<>();
    private long now;
    private long sequence;

    long nanos() {
        return now;
    }

    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return ORIGIN.plusNanos(now);
            }
        };
    }

    /** Workers that run each task at once, on the thread that hands it over. */
    static Executor inline() {
        return Runnable::run;
    }

    /** A new scheduler on this time. */
    ScheduledExecutorService scheduler() {
        return new Scheduler();
    }

    /** Moves time on by {@code step}, running what falls due meanwhile. */
    void advance(Duration step) {
        long target = now + step.toNanos();
        Task next;
        while ((next = due.peek()) != null && next.at <= target) {
            due.poll();
            now = Math.max(now, next.at);
            if (!next.cancelled && !next.owner.dead) {
                next.done = true;
                next.action.run();
            }
        }
        now = Math.max(now, target);
    }

    /** Moves time on by {@code step} without running anything: a stalled scheduler; what fell due runs late. */
    void stall(Duration step) {
        now += step.toNanos();
    }

    private final class Task implements ScheduledFuture<Object> {

        final long at;
        final long order = sequence++;
        final Runnable action;
        final Scheduler owner;
        volatile boolean cancelled;
        volatile boolean done;

        Task(long at, Runnable action, Scheduler owner) {
            this.at = at;
            this.action = action;
            this.owner = owner;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(at - now, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task task = (Task) other;
            return at != task.at ? Long.compare(at, task.at) : Long.compare(order, task.order);
        }

        @Override
        public boolean cancel(boolean interrupt) {
            cancelled = !done;
            return cancelled;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }

    private final class Scheduler extends AbstractExecutorService implements ScheduledExecutorService {

        volatile boolean dead;

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            if (dead) {
                throw new RejectedExecutionException("shut down");
            }
            Task task = new Task(now + Math.max(0, unit.toNanos(delay)), command, this);
            due.add(task);
            return task;
        }

        @Override
        public void execute(Runnable command) {
            schedule(command, 0, TimeUnit.NANOSECONDS);
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        /** The scheduler dies: nothing of it runs any more. */
        @Override
        public void shutdown() {
            dead = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            dead = true;
            return new ArrayList<>();
        }

        @Override
        public boolean isShutdown() {
            return dead;
        }

        @Override
        public boolean isTerminated() {
            return dead;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return dead;
        }
    }
}
