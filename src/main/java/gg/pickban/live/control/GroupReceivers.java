package gg.pickban.live.control;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The receivers of each group on this instance, shared by both buses. Deliveries to one group are
 * serialised, so every receiver sees that group's messages in the same order; a receiver that throws
 * never keeps the message from the others.
 */
final class GroupReceivers {

    private static final Logger LOG = Logger.getLogger(GroupReceivers.class.getName());

    private final ConcurrentMap<String, Set<Consumer<String>>> groups = new ConcurrentHashMap<>();

    GroupBus.Subscription add(String group, Consumer<String> receiver) {
        // a wrapper of its own per subscription, so one receiver may subscribe twice and leave once
        Consumer<String> member = receiver::accept;
        groups.compute(group, (name, members) -> {
            Set<Consumer<String>> set = members == null ? new CopyOnWriteArraySet<>() : members;
            set.add(member);
            return set;
        });
        return () -> groups.computeIfPresent(group, (name, members) -> {
            members.remove(member);
            return members.isEmpty() ? null : members;
        });
    }

    void deliver(String group, String message) {
        Set<Consumer<String>> members = groups.get(group);
        if (members == null) {
            return;
        }
        BusDeliveries.delivered(members.size());
        synchronized (members) {
            for (Consumer<String> member : members) {
                try {
                    member.accept(message);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "a receiver of " + group + " refused a message", e);
                }
            }
        }
    }

    int size(String group) {
        Set<Consumer<String>> members = groups.get(group);
        return members == null ? 0 : members.size();
    }
}
