package gg.pickban.herodraft.boundary;

import gg.pickban.cluster.control.GroupBus;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * The sockets of one hero draft on this instance, fed by one subscription to group
 * {@code herodraft_<id>}; every message goes to each socket's outbox, which never blocks.
 */
final class Room implements Consumer<String> {

    private final Set<Watcher> watchers = new CopyOnWriteArraySet<>();
    private final Runnable onTick;
    private GroupBus.Subscription subscription;

    Room(Runnable onTick) {
        this.onTick = onTick;
    }

    void add(Watcher watcher) {
        watchers.add(watcher);
    }

    /** True when nobody is left. */
    boolean remove(Watcher watcher) {
        watchers.remove(watcher);
        return watchers.isEmpty();
    }

    synchronized void listen(GroupBus bus, String group) {
        if (subscription == null) {
            subscription = bus.subscribe(group, this);
        }
    }

    synchronized void stopListening() {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Closes every socket with 1012 (e2e-seed.md §2.6); none of those closes is a captain leaving. */
    void restartAll() {
        watchers.forEach(watcher -> {
            watcher.kicked = true;
            watcher.outbox.restart();
        });
    }

    @Override
    public void accept(String message) {
        if (message.startsWith(HeroDraftWatchers.TICK_PREFIX)) {
            onTick.run();
        }
        watchers.forEach(watcher -> watcher.outbox.accept(1, message));
    }
}
