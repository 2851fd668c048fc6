package gg.pickban.herodraft.boundary;

import gg.pickban.live.control.LocalGroup;
import gg.pickban.live.control.SharedMessage;
import gg.pickban.live.control.SocketOutbox;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sockets of one hero draft on this instance, fed by one subscription to group
 * {@code herodraft_<id>}; every message goes to each socket's outbox, which never blocks.
 */
final class Room extends LocalGroup<Watcher> {

    private final Runnable onTick;
    private final Consumer<Room> resynchronise;

    Room(Runnable onTick, Consumer<Room> resynchronise) {
        this.onTick = onTick;
        this.resynchronise = resynchronise;
    }

    @Override
    public void resynchronise() {
        resynchronise.accept(this);
    }

    /** Closes every socket with 1012 ({@code reset-all}, docs/e2e-seed.md §1); none of those closes is a captain leaving. */
    @Override
    public void restartAll() {
        members().forEach(watcher -> {
            watcher.kicked = true;
            watcher.outbox.restart();
        });
    }

    /** The open sockets, each now holding back what arrives until it gets a fresh state (see {@code SocketOutbox.hold}). */
    List<Watcher> holdAll() {
        return members().stream().filter(watcher -> watcher.outbox.hold()).toList();
    }

    private List<SocketOutbox> outboxes() {
        return members().stream().map(watcher -> watcher.outbox).toList();
    }

    /** The captains' sockets that still count as theirs (not kicked). */
    List<Watcher> captains() {
        return members().stream().filter(watcher -> watcher.isCaptain() && !watcher.kicked).toList();
    }

    @Override
    public void accept(String text) {
        SharedMessage message = new SharedMessage(text);
        if (text.startsWith(HeroDraftWatchers.TICK_PREFIX)) {
            onTick.run();
            // a tick still waiting for a slow socket is obsolete once the next one is there
            SocketOutbox.acceptAll(outboxes(), 1, message, true);
            return;
        }
        SocketOutbox.acceptAll(outboxes(), 1, message, false);
    }
}
