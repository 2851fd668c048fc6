package gg.pickban.draft.boundary;

import gg.pickban.cluster.control.GroupBus;
import gg.pickban.cluster.control.RedisReturned;
import gg.pickban.platform.control.ContainerThreads;
import gg.pickban.platform.control.DataReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sockets watching drafts and tournaments, by group: a thread-safe group → {@link Audience}
 * registry, each audience listening to its group on the {@link GroupBus} (local and across
 * instances) and sending to each socket through an outbox of its own, so one slow or dead client
 * never holds up the others. A socket's first message is its replay; events arriving meanwhile follow it.
 * When Redis returns after trouble, every audience sends its sockets the draft's state afresh.
 */
@ApplicationScoped
public class Spectators {

    static final CloseReason NO_SUCH_TARGET = new CloseReason(CloseReason.CloseCodes.getCloseCode(4403), "Not found");
    private static final Logger LOG = Logger.getLogger(Spectators.class.getName());
    private static final String LEAVE = Spectators.class.getName() + ".leave";

    private final ConcurrentMap<String, Audience> audiences = new ConcurrentHashMap<>();

    @Inject
    GroupBus bus;

    @Inject
    ContainerThreads threads;

    /** The numeric id of a socket path, or null (herodraft.md §8.1: unknown targets are refused alike). */
    static Long id(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }

    /**
     * Joins the group and sends the opening; without one (unknown target) closes with 4403 and no message.
     * {@code newest} is what the group's sockets get when messages may have been lost.
     */
    void watch(Session session, String group, Supplier<Optional<Opening>> opening, Supplier<Optional<DraftEnvelope>> newest) {
        SocketOutbox outbox = new SocketOutbox(session, threads.workers());
        join(group, outbox, newest);
        Optional<Opening> first;
        try {
            first = opening.get();
        } catch (RuntimeException e) {
            leave(group, outbox);
            LOG.log(Level.WARNING, "Could not open a socket for " + group, e);
            close(session, new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "Try again"));
            return;
        }
        if (first.isEmpty()) {
            leave(group, outbox);
            refuse(session);
            return;
        }
        session.getUserProperties().put(LEAVE, (Runnable) () -> {
            leave(group, outbox);
            outbox.stop();
        });
        outbox.open(first.get().message(), first.get().newestEventPk());
    }

    /** In the audience before its replay is read, so nothing published from now on is missed. */
    private void join(String group, SocketOutbox outbox, Supplier<Optional<DraftEnvelope>> newest) {
        Audience audience = audiences.compute(group, (name, existing) -> {
            Audience joined = existing != null ? existing : new Audience(newest);
            joined.add(outbox);
            return joined;
        });
        audience.listen(bus, group);
    }

    private void leave(String group, SocketOutbox outbox) {
        audiences.computeIfPresent(group, (name, audience) -> {
            if (!audience.remove(outbox)) {
                return audience;
            }
            audience.stopListening();
            return null;
        });
    }

    /** Messages published while the bus was away are lost: each audience resynchronises, one after another on the workers. */
    void resynchronise(@Observes RedisReturned returned) {
        audiences.forEach((group, audience) -> threads.workers().execute(() -> {
            try {
                audience.resynchronise();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not resynchronise the sockets of " + group, e);
            }
        }));
    }

    /** After a reseed no socket may go on with state of the old data (e2e-seed.md §2.6): all close with 1012. */
    void closeAll(@Observes DataReset reset) {
        audiences.values().forEach(Audience::restartAll);
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
