package gg.pickban.live.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The messages on their way to one socket, sent asynchronously one at a time and in order. Whoever
 * hands a message over never waits for the client. Until the socket's first message is out,
 * arriving messages are held back so that it really is first. A client that falls too far behind,
 * or whose send fails, is closed (1013, try again later: the frontend reconnects and replays),
 * without touching any other socket. A message that only says "now" (a clock tick) replaces its
 * predecessor if that one is still waiting: a socket that fell behind gets the current second, not
 * every second it missed. A message handed to many outboxes is encoded once: sockets that take
 * ready-made frames ({@link FrameWriter}) all get the same bytes, the others get it through {@code sendText}.
 */
public final class SocketOutbox {

    static final int BACKLOG_LIMIT = 256;
    static final int SLICE = 64;
    private static final Logger LOG = Logger.getLogger(SocketOutbox.class.getName());
    private static final CloseReason TOO_SLOW = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too slow");
    /**
     * Tyrus books an idle-timeout task on the container's scheduled executor for every send, even
     * with no idle timeout (then the task does nothing), and Payara captures the sending thread's
     * context for it by scanning the context class loader's class path for context providers — more
     * CPU than the send itself. With no idle timeout, sends are made under this loader, which has
     * nothing to scan; nothing of the application runs under it (our send handler only queues).
     */
    private static final ClassLoader NOTHING_TO_SCAN = new ClassLoader(null) {
    };

    private final Session session;
    private final Executor executor;
    /** Null: this socket's messages go through {@code sendText}. */
    private final FrameWriter frames;
    private final ArrayDeque<SharedMessage> queue = new ArrayDeque<>();
    private record Held(long eventPk, SharedMessage message) {
    }

    private List<Held> held = new ArrayList<>();
    /** The {@link #acceptLatest} message still waiting (held or queued), if any. */
    private SharedMessage waitingLatest;
    private boolean sending;
    private boolean dead;
    private CloseReason closeWhenSent;

    public SocketOutbox(Session session, Executor executor) {
        this.session = session;
        this.executor = executor;
        this.frames = FrameWriter.of(session);
    }

    /** Queues the message of an event; never blocks. */
    public void accept(long eventPk, SharedMessage message) {
        acceptAll(List.of(this), eventPk, message, false);
    }

    public void accept(long eventPk, String message) {
        accept(eventPk, new SharedMessage(message));
    }

    /**
     * Queues a message that makes the previous one queued this way obsolete (a clock tick): if that
     * one has not gone out yet it is dropped. Never blocks.
     */
    public void acceptLatest(long eventPk, SharedMessage message) {
        acceptAll(List.of(this), eventPk, message, true);
    }

    public void acceptLatest(long eventPk, String message) {
        acceptLatest(eventPk, new SharedMessage(message));
    }

    /**
     * Hands one message to many outboxes, in their order and on the caller's thread, so that every socket
     * keeps the order in which messages are handed over; the outboxes that were idle are then started in
     * slices of {@value #SLICE}, each slice one task on the pool that writes the first frame of each of its
     * sockets (whoever hands a message over, the bus for one, writes to none of the sockets itself). A socket write never blocks (a socket that cannot take it now has Tyrus queue it), so a slow
     * socket holds up nobody else in its slice; a task per slice rather than per socket keeps the pool's
     * hand-overs, at 1,000 sockets, from costing more than the writes.
     */
    public static void acceptAll(Collection<SocketOutbox> outboxes, long eventPk, SharedMessage message, boolean latest) {
        List<SocketOutbox> idle = new ArrayList<>();
        for (SocketOutbox outbox : outboxes) {
            if (outbox.offer(eventPk, message, latest)) {
                idle.add(outbox);
            }
        }
        for (int from = 0; from < idle.size(); from += SLICE) {
            List<SocketOutbox> slice = idle.subList(from, Math.min(idle.size(), from + SLICE));
            slice.get(0).executor.execute(() -> slice.forEach(SocketOutbox::sendNext));
        }
    }

    /** Queues the message; true when the outbox was idle and its sending must now be started. */
    private boolean offer(long eventPk, SharedMessage message, boolean latest) {
        synchronized (this) {
            if (dead || closeWhenSent != null) {
                return false;
            }
            if (latest) {
                dropWaitingLatest();
                waitingLatest = message;
            }
            if (held != null) {
                held.add(new Held(eventPk, message));
                overflowIfBehind(held.size());
                return false;
            }
            queue.add(message);
            if (overflowIfBehind(queue.size()) || sending) {
                return false;
            }
            sending = true;
            return true;
        }
    }

    /** Sends {@code first}, then what arrived meanwhile, except the events {@code first} replays (pk up to {@code replayedUpTo}). */
    public void open(SharedMessage first, long replayedUpTo) {
        handOver(first, replayedUpTo);
    }

    public void open(String first, long replayedUpTo) {
        open(new SharedMessage(first), replayedUpTo);
    }

    /**
     * Holds arriving messages back again, until {@link #open} hands over a fresh first message (the state
     * read after the bus may have lost messages) or {@link #release} lets them go. False, and nothing
     * changes, while the socket has not had its first message yet or is closing.
     */
    public synchronized boolean hold() {
        if (dead || closeWhenSent != null || held != null) {
            return false;
        }
        held = new ArrayList<>();
        return true;
    }

    /** Ends a {@link #hold} without a fresh first message: what arrived meanwhile goes out. */
    public void release() {
        handOver(null, Long.MIN_VALUE);
    }

    private void handOver(SharedMessage first, long replayedUpTo) {
        synchronized (this) {
            if (closeWhenSent != null || held == null) {
                return;
            }
            if (first != null) {
                queue.add(first);
            }
            held.stream().filter(h -> h.eventPk() > replayedUpTo).map(Held::message).forEach(queue::add);
            held = null;
            if (dead || sending || queue.isEmpty()) {
                return;
            }
            sending = true;
        }
        sendNext();
    }

    private void dropWaitingLatest() {
        if (waitingLatest == null) {
            return;
        }
        SharedMessage obsolete = waitingLatest;
        waitingLatest = null;
        if (held != null) {
            held.removeIf(h -> h.message() == obsolete);
            return;
        }
        for (Iterator<SharedMessage> newestFirst = queue.descendingIterator(); newestFirst.hasNext();) {
            if (newestFirst.next() == obsolete) {
                newestFirst.remove();
                return;
            }
        }
    }

    /** No more sends, e.g. once the socket closed. */
    public synchronized void stop() {
        dead = true;
        queue.clear();
        waitingLatest = null;
    }

    /**
     * Drops whatever is still waiting, sends {@code last} after a send in progress (if any), then
     * closes with {@code reason}; nothing else is sent any more.
     */
    public void finish(String last, CloseReason reason) {
        synchronized (this) {
            if (dead || closeWhenSent != null) {
                return;
            }
            held = null;
            queue.clear();
            waitingLatest = null;
            queue.add(new SharedMessage(last));
            closeWhenSent = reason;
            if (sending) {
                return;
            }
            sending = true;
        }
        sendNext();
    }

    private void sendNext() {
        SharedMessage next;
        synchronized (this) {
            next = dead ? null : queue.poll();
            if (next == null) {
                sending = false;
                return;
            }
            if (next == waitingLatest) {
                waitingLatest = null;
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader loader = thread.getContextClassLoader();
        boolean lean = session.getMaxIdleTimeout() <= 0;
        if (lean) {
            thread.setContextClassLoader(NOTHING_TO_SCAN);
        }
        try {
            if (frames != null) {
                frames.write(next).whenComplete((written, error) -> sent(next, error));
            } else {
                SocketSends.TEXTS.increment();
                session.getAsyncRemote().sendText(next.text(), result -> sent(next, result.isOK() ? null : result.getException()));
            }
        } catch (RuntimeException e) {
            fail(e);
        } finally {
            if (lean) {
                thread.setContextClassLoader(loader);
            }
        }
    }

    private void sent(SharedMessage message, Throwable error) {
        if (error != null) {
            fail(error);
            return;
        }
        message.written();
        if (hasMore()) {
            // not on the completing thread: a long backlog would otherwise recurse through it
            executor.execute(this::sendNext);
        }
    }

    private boolean hasMore() {
        synchronized (this) {
            if (!dead && !queue.isEmpty()) {
                return true;
            }
            sending = false;
            if (dead || closeWhenSent == null) {
                return false;
            }
        }
        closeQuietly(closeWhenSent);
        return false;
    }

    /** The data this socket watched is gone (a reseed, docs/decisions.md D52): the client should reconnect. */
    public void restart() {
        closeQuietly(new CloseReason(CloseReason.CloseCodes.SERVICE_RESTART, "Data reset"));
    }

    private boolean overflowIfBehind(int backlog) {
        if (backlog <= BACKLOG_LIMIT) {
            return false;
        }
        LOG.fine(() -> "socket " + session.getId() + " fell " + backlog + " messages behind; closing it");
        closeQuietly(TOO_SLOW);
        return true;
    }

    private void fail(Throwable error) {
        LOG.log(Level.FINE, "send to socket " + session.getId() + " failed; closing it", error);
        closeQuietly(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "Send failed"));
    }

    private void closeQuietly(CloseReason reason) {
        synchronized (this) {
            dead = true;
            queue.clear();
            waitingLatest = null;
        }
        // closing writes a frame; never on the thread that delivers to every socket
        executor.execute(() -> {
            try {
                session.close(reason);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "closing socket " + session.getId(), e);
            }
        });
    }
}
