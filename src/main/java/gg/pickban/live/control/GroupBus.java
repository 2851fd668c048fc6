package gg.pickban.live.control;

import java.util.function.Consumer;

/**
 * Fan-out of messages to named groups (conventions.md §10): a message published for a group reaches
 * every receiver of that group on every instance, in publication order per group. Receivers are
 * local (typically one per WebSocket) and must not block: they are called on the delivering thread.
 */
public interface GroupBus {

    /** Sends to every receiver of the group; a failure is logged, never thrown to the publisher. */
    void publish(String group, String message);

    /** Adds a receiver on this instance; once this returns it gets every message published afterwards. */
    Subscription subscribe(String group, Consumer<String> receiver);

    /** One receiver's place in a group. */
    interface Subscription extends AutoCloseable {

        /** Stops the deliveries; idempotent. */
        @Override
        void close();
    }
}
