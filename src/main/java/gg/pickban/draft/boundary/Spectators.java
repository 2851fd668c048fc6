package gg.pickban.draft.boundary;

import gg.pickban.cluster.control.GroupBus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sockets watching drafts and tournaments: each joins its group on the {@link GroupBus} (which
 * keeps the thread-safe group → receivers registry, local and across instances) through an outbox
 * of its own, so one slow or dead client never holds up the others. A socket's first message is its
 * replay; events arriving meanwhile follow it.
 */
@ApplicationScoped
public class Spectators {

    static final CloseReason NO_SUCH_TARGET = new CloseReason(CloseReason.CloseCodes.getCloseCode(4403), "Not found");
    private static final Logger LOG = Logger.getLogger(Spectators.class.getName());
    private static final String LEAVE = Spectators.class.getName() + ".leave";

    @Inject
    GroupBus bus;

    @Resource
    ManagedExecutorService executor;

    /** The numeric id of a socket path, or null (herodraft.md §8.1: unknown targets are refused alike). */
    static Long id(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }

    /** Joins the group and sends the opening; without one (unknown target) closes with 4403 and no message. */
    void watch(Session session, String group, Supplier<Optional<Opening>> opening) {
        SocketOutbox outbox = new SocketOutbox(session, executor);
        GroupBus.Subscription subscription = bus.subscribe(group, outbox);
        Optional<Opening> first;
        try {
            first = opening.get();
        } catch (RuntimeException e) {
            subscription.close();
            LOG.log(Level.WARNING, "Could not open a socket for " + group, e);
            close(session, new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "Try again"));
            return;
        }
        if (first.isEmpty()) {
            subscription.close();
            refuse(session);
            return;
        }
        session.getUserProperties().put(LEAVE, (Runnable) () -> {
            subscription.close();
            outbox.stop();
        });
        outbox.open(first.get().message(), first.get()::replays);
    }

    void refuse(Session session) {
        close(session, NO_SUCH_TARGET);
    }

    void leave(Session session) {
        if (session.getUserProperties().remove(LEAVE) instanceof Runnable leave) {
            leave.run();
        }
    }

    private static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing socket " + session.getId(), e);
        }
    }
}
