package gg.pickban.live.control;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@link GroupBus} of a single instance without Redis: published messages go to this JVM's receivers,
 * delivered one after the other on the executor (as the Redis bus delivers on its subscriber thread),
 * so a publisher — typically a request right after its commit — never waits for the fan-out.
 */
public class LocalGroupBus implements GroupBus {

    private record Pending(String group, String message) {
    }

    private final GroupReceivers receivers = new GroupReceivers();
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean delivering = new AtomicBoolean();
    private final Executor executor;

    public LocalGroupBus(Executor executor) {
        this.executor = executor;
    }

    @Override
    public void publish(String group, String message) {
        pending.add(new Pending(group, message));
        deliverLater();
    }

    @Override
    public Subscription subscribe(String group, Consumer<String> receiver) {
        return receivers.add(group, receiver);
    }

    /** Hands a message that arrived from elsewhere (another instance) to the receivers at once, on the caller's thread. */
    void receive(String group, String message) {
        receivers.deliver(group, message);
    }

    private void deliverLater() {
        if (delivering.compareAndSet(false, true)) {
            executor.execute(this::deliverAll);
        }
    }

    private void deliverAll() {
        try {
            for (Pending next = pending.poll(); next != null; next = pending.poll()) {
                receivers.deliver(next.group(), next.message());
            }
        } finally {
            delivering.set(false);
            // a message published after the loop ended and before the flag fell is not left behind
            if (!pending.isEmpty()) {
                deliverLater();
            }
        }
    }
}
