package gg.pickban.herodraft.boundary;

import gg.pickban.live.control.GroupBus;
import gg.pickban.live.control.SocketOutbox;

/**
 * One hero-draft socket on this instance: its outbox, and for a captain the user and the private
 * bus channel through which a newer socket of the same captain kicks it (§8.5).
 */
final class Watcher {

    final long draftId;
    final SocketOutbox outbox;
    Long captain;
    String channel;
    GroupBus.Subscription kicks;
    /** Kicked by a newer socket or closed by a reseed: its close is no captain disconnect. */
    volatile boolean kicked;

    Watcher(long draftId, SocketOutbox outbox) {
        this.draftId = draftId;
        this.outbox = outbox;
    }

    boolean isCaptain() {
        return captain != null;
    }
}
