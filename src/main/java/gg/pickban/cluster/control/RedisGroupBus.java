package gg.pickban.cluster.control;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;

/**
 * {@link GroupBus} across instances through Redis pub/sub: a group is the channel
 * {@code <prefix><group>}; every instance, the publisher included, receives through one pattern
 * subscription ({@code <prefix>*}) on a connection of its own, read by one long-running thread that
 * hands each message to this instance's receivers. The subscriber reconnects after a lost
 * connection; what was published meanwhile is not replayed (pub/sub keeps nothing).
 */
public class RedisGroupBus implements GroupBus, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RedisGroupBus.class.getName());
    private static final Duration FIRST_SUBSCRIPTION_WAIT = Duration.ofSeconds(10);
    private static final long MAX_BACKOFF_MILLIS = 5000;

    private final UnifiedJedis redis;
    private final Supplier<Jedis> connections;
    private final String prefix;
    private final GroupReceivers receivers = new GroupReceivers();
    private final CountDownLatch firstSubscription = new CountDownLatch(1);
    private final Thread subscriber;
    private volatile boolean running = true;
    private volatile Jedis connection;

    public RedisGroupBus(UnifiedJedis redis, Supplier<Jedis> connections, String prefix, ThreadFactory threads) {
        this.redis = redis;
        this.connections = connections;
        this.prefix = prefix;
        this.subscriber = threads.newThread(this::listen);
        subscriber.start();
    }

    /** {@code pickban:db<n>:group:} — channels are server-wide, databases are not. */
    public static String channelPrefix(int database) {
        return "pickban:db" + database + ":group:";
    }

    @Override
    public void publish(String group, String message) {
        try {
            redis.publish(prefix + group, message);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publishing to group " + group + " failed", e);
        }
    }

    /** Waits (once, briefly) until the pattern subscription is active, so nothing published afterwards is missed. */
    @Override
    public Subscription subscribe(String group, Consumer<String> receiver) {
        Subscription subscription = receivers.add(group, receiver);
        try {
            if (!firstSubscription.await(FIRST_SUBSCRIPTION_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning("Redis group subscription not active yet; messages may be missed until it is");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return subscription;
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Jedis jedis = connections.get()) {
                connection = jedis;
                jedis.psubscribe(new Listener(), prefix + "*");
                backoff = 100;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "Redis group subscriber lost its connection; retrying in " + backoff + " ms", e);
                pause(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private final class Listener extends JedisPubSub {

        @Override
        public void onPSubscribe(String pattern, int subscribedChannels) {
            firstSubscription.countDown();
        }

        @Override
        public void onPMessage(String pattern, String channel, String message) {
            receivers.deliver(channel.substring(prefix.length()), message);
        }
    }

    /** Ends the subscriber: closing its connection makes the blocked read fail, and the loop sees it is over. */
    @Override
    public void close() {
        running = false;
        Jedis current = connection;
        if (current != null) {
            try {
                current.disconnect();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing the subscriber connection", e);
            }
        }
        subscriber.interrupt();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
