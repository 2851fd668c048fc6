package gg.pickban.draft.boundary;

import gg.pickban.cluster.control.LocalGroup;
import java.util.logging.Logger;

/**
 * The sockets of one group on this instance, fed by one subscription to the group bus. Two
 * transactions on a draft commit in lock order but may publish in either order (and through
 * different instances); a message that arrives after a later one still brings its event, but with
 * the newest state already sent, so no client's draft ever goes back in time.
 */
final class Audience extends LocalGroup<SocketOutbox> {

    private static final Logger LOG = Logger.getLogger(Audience.class.getName());

    private long newestEventPk;
    private String newestState;

    /** Closes every socket with 1012; their close handlers then leave as usual. */
    void restartAll() {
        members().forEach(SocketOutbox::restart);
    }

    @Override
    public synchronized void accept(String text) {
        DraftEnvelope envelope = DraftEnvelope.decode(text);
        if (envelope == null) {
            LOG.warning("Dropped a message that is no draft envelope");
            return;
        }
        if (envelope.eventPk() > newestEventPk || newestState == null) {
            newestEventPk = Math.max(newestEventPk, envelope.eventPk());
            newestState = envelope.state();
        }
        String message = envelope.message(newestState);
        members().forEach(outbox -> outbox.accept(envelope.eventPk(), message));
    }
}
