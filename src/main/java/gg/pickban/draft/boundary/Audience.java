package gg.pickban.draft.boundary;

import gg.pickban.live.control.LocalGroup;
import gg.pickban.live.control.SharedMessage;
import gg.pickban.live.control.SocketOutbox;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The sockets of one group on this instance, fed by one subscription to the group bus. Two
 * transactions on a draft commit in lock order but may publish in either order (and through
 * different instances); a message that arrives after a later one still brings its event, but with
 * the newest state already sent, so no client's draft ever goes back in time. After the bus may have
 * lost messages, {@link #resynchronise} sends the newest event again with the state read now.
 */
final class Audience extends LocalGroup<SocketOutbox> {

    private static final Logger LOG = Logger.getLogger(Audience.class.getName());

    private final Supplier<Optional<DraftEnvelope>> newest;
    private long newestEventPk;
    private String newestState;

    Audience(Supplier<Optional<DraftEnvelope>> newest) {
        this.newest = newest;
    }

    /** Closes every socket with 1012; their close handlers then leave as usual. */
    @Override
    public void restartAll() {
        members().forEach(SocketOutbox::restart);
    }

    @Override
    public void accept(String text) {
        DraftEnvelope envelope = DraftEnvelope.decode(text);
        if (envelope == null) {
            LOG.warning("Dropped a message that is no draft envelope");
            return;
        }
        send(envelope, false);
    }

    /**
     * A {@code draft_event} with the newest event and the state read now (frontends replace their state
     * with it); a state that a message arriving meanwhile brought is newer still and wins.
     */
    @Override
    public void resynchronise() {
        newest.get().ifPresent(envelope -> send(envelope, true));
    }

    private synchronized void send(DraftEnvelope envelope, boolean readNow) {
        if (envelope.eventPk() > newestEventPk || newestState == null || readNow && envelope.eventPk() == newestEventPk) {
            newestEventPk = Math.max(newestEventPk, envelope.eventPk());
            newestState = envelope.state();
        }
        SharedMessage message = new SharedMessage(envelope.message(newestState));
        List<SocketOutbox> outboxes = List.copyOf(members());
        message.timeFanOut("draft event " + envelope.eventPk(), outboxes.size());
        SocketOutbox.acceptAll(outboxes, envelope.eventPk(), message, false);
    }
}
