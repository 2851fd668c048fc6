package gg.pickban.cluster.control;

import java.util.function.Consumer;

/** {@link GroupBus} of a single instance without Redis: published messages go straight to this JVM's receivers. */
public class LocalGroupBus implements GroupBus {

    private final GroupReceivers receivers = new GroupReceivers();

    @Override
    public void publish(String group, String message) {
        receivers.deliver(group, message);
    }

    @Override
    public Subscription subscribe(String group, Consumer<String> receiver) {
        return receivers.add(group, receiver);
    }
}
