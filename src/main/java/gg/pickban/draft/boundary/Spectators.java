package gg.pickban.draft.boundary;

import gg.pickban.live.control.LiveGroups;
import gg.pickban.live.control.SocketOutbox;
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
 * The sockets watching drafts and tournaments: each joins its group's {@link Audience} in the
 * {@link LiveGroups} (fed by the group bus, local and across instances) and is sent to through an
 * outbox of its own, so one slow or dead client never holds up the others. A socket's first message
 * is its replay; events arriving meanwhile follow it.
 */
@ApplicationScoped
public class Spectators {

    static final CloseReason NO_SUCH_TARGET = new CloseReason(CloseReason.CloseCodes.getCloseCode(4403), "Not found");
    private static final Logger LOG = Logger.getLogger(Spectators.class.getName());
    private static final String LEAVE = Spectators.class.getName() + ".leave";

    @Inject
    LiveGroups groups;

    /** The numeric id of a socket path, or null (herodraft.md §8.1: unknown targets are refused alike). */
    static Long id(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }

    /**
     * Joins the group and sends the opening; without one (unknown target) closes with 4403 and no message.
     * {@code newest} is what the group's sockets get when messages may have been lost.
     */
    void watch(Session session, String group, Supplier<Optional<Opening>> opening, Supplier<Optional<DraftEnvelope>> newest) {
        SocketOutbox outbox = groups.outbox(session);
        // in the audience before its replay is read, so nothing published from now on is missed
        groups.join(group, () -> new Audience(newest), outbox);
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

    private void leave(String group, SocketOutbox outbox) {
        groups.leave(group, outbox);
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
