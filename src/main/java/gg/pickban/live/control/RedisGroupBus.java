package gg.pickban.live.control;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
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
 * {@code <prefix><group>}, and every instance receives through one pattern subscription
 * ({@code <prefix>*}) on a connection of its own, read by one long-running thread.
 * <p>
 * A message published here goes to this instance's receivers directly, as on the {@link LocalGroupBus}
 * (in publication order, on the executor), and to Redis tagged with this bus's id, so the subscriber
 * skips it when it comes back. Local delivery therefore never depends on Redis: while Redis is down a
 * commit still reaches the sockets of the instance that made it. The other choice, delivering locally
 * only when the publication fails, was turned down: a failure is known only after it happened (a
 * connect timeout later), a publication into a connection that is dying is lost without one, and
 * messages taking either road would overtake each other, where one road keeps a group's messages from
 * this instance in order. Other instances' messages arrive through Redis in Redis's order.
 * <p>
 * The subscriber reconnects after a lost connection within a second; what was published meanwhile
 * is not replayed (pub/sub keeps nothing), so it reports trouble and, once subscribed again, the
 * return, after which receivers resynchronise what they show.
 */
public class RedisGroupBus implements GroupBus, AutoCloseable {

    /** What the bus reports about its connection; both are called on Redis-facing threads and must not block. */
    public record Events(Runnable troubled, Runnable resubscribed) {

        public static final Events NONE = new Events(() -> { }, () -> { });
    }

    private static final Logger LOG = Logger.getLogger(RedisGroupBus.class.getName());
    private static final Duration FIRST_SUBSCRIPTION_WAIT = Duration.ofSeconds(10);
    private static final long FIRST_BACKOFF_MILLIS = 100;
    /** Short: until the subscription is back, other instances' messages are lost. */
    private static final long MAX_BACKOFF_MILLIS = 1000;
    /** {@code ~<16 hex digits>~}: no message of ours starts with {@code ~} (JSON, envelopes, "kick"). */
    private static final int TAG_LENGTH = 18;

    private final UnifiedJedis redis;
    private final Supplier<Jedis> connections;
    private final String prefix;
    private final String tag = "~%016x~".formatted(ThreadLocalRandom.current().nextLong());
    private final LocalGroupBus local;
    private final Events events;
    private final CountDownLatch firstSubscription = new CountDownLatch(1);
    private final Thread subscriber;
    private volatile boolean running = true;
    private volatile Jedis connection;
    /** Trouble since the last subscription: the next one is a return. */
    private volatile boolean troubled;
    private volatile boolean publishFailing;

    public RedisGroupBus(UnifiedJedis redis, Supplier<Jedis> connections, String prefix, ThreadFactory threads,
            Executor deliveries, Events events) {
        this.redis = redis;
        this.connections = connections;
        this.prefix = prefix;
        this.local = new LocalGroupBus(deliveries);
        this.events = events;
        this.subscriber = threads.newThread(this::listen);
        subscriber.start();
    }

    /** {@code pickban:db<n>:group:} — channels are server-wide, databases are not. */
    public static String channelPrefix(int database) {
        return "pickban:db" + database + ":group:";
    }

    /** The message of what a bus put on a channel (for listeners of the channels, such as tests). */
    public static String payload(String published) {
        return published.startsWith("~") && published.length() >= TAG_LENGTH ? published.substring(TAG_LENGTH) : published;
    }

    /**
     * One retry at once: after a Redis restart a pooled connection fails once before the pool opens a
     * new one, and a message after the return must not be lost to that.
     */
    @Override
    public void publish(String group, String message) {
        local.publish(group, message);
        RuntimeException failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                redis.publish(prefix + group, tag + message);
                publishFailing = false;
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        trouble();
        if (!publishFailing) {
            publishFailing = true;
            LOG.log(Level.WARNING, "Publishing to Redis failed (group " + group + "); this instance's sockets still get"
                    + " its messages, the other instances' miss them until Redis is back", failure);
        } else {
            LOG.log(Level.FINE, "Publishing to group " + group + " failed", failure);
        }
    }

    /** Waits (once, briefly) until the pattern subscription is active, so nothing published afterwards is missed. */
    @Override
    public Subscription subscribe(String group, Consumer<String> receiver) {
        Subscription subscription = local.subscribe(group, receiver);
        try {
            if (!firstSubscription.await(FIRST_SUBSCRIPTION_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning("Redis group subscription not active yet; messages of other instances may be missed until it is");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return subscription;
    }

    private void listen() {
        long backoff = FIRST_BACKOFF_MILLIS;
        while (running) {
            try (Jedis jedis = connections.get()) {
                connection = jedis;
                jedis.psubscribe(new Listener(), prefix + "*");
                backoff = FIRST_BACKOFF_MILLIS;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                boolean first = !troubled;
                trouble();
                LOG.log(first ? Level.WARNING : Level.FINE, "Redis group subscriber lost its connection; retrying in " + backoff + " ms", e);
                pause(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private void trouble() {
        troubled = true;
        events.troubled().run();
    }

    private final class Listener extends JedisPubSub {

        @Override
        public void onPSubscribe(String pattern, int subscribedChannels) {
            firstSubscription.countDown();
            if (troubled) {
                troubled = false;
                LOG.info("Redis group subscriber subscribed again");
                events.resubscribed().run();
            }
        }

        @Override
        public void onPMessage(String pattern, String channel, String message) {
            if (!message.startsWith(tag)) {
                local.receive(channel.substring(prefix.length()), payload(message));
            }
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
