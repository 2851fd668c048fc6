package gg.pickban.live.control;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * This instance's members of one bus group (typically its sockets), fed by a single subscription
 * taken on first use and closed when the last member leaves. Subclasses decide what a message
 * means for the members, how they catch up after the bus may have lost messages, and how they are
 * sent away after a reseed. {@link LiveGroups} keeps them.
 */
public abstract class LocalGroup<M> implements Consumer<String> {

    private final Set<M> members = new CopyOnWriteArraySet<>();
    private GroupBus.Subscription subscription;

    public void add(M member) {
        members.add(member);
    }

    /** True when nobody is left. */
    public boolean remove(M member) {
        members.remove(member);
        return members.isEmpty();
    }

    /** Subscribes on first use; may wait briefly for the bus (outside any map lock). */
    public synchronized void listen(GroupBus bus, String group) {
        if (subscription == null) {
            subscription = bus.subscribe(group, this);
        }
    }

    public synchronized void stopListening() {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** After the bus may have lost messages: bring the members up to date. Nothing by default. */
    public void resynchronise() {
        // a group without state to resend
    }

    /** The data the members watched is gone (a reseed): close their sockets so that the clients reconnect. */
    public abstract void restartAll();

    protected Set<M> members() {
        return members;
    }
}
