package gg.pickban.herodraft;

import gg.pickban.live.control.RedisGroupBus;
import gg.pickban.testsupport.TestServices;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/**
 * Listens on Redis to what the app publishes for hero-draft groups: a pattern subscription on
 * {@code <channelPrefix>herodraft_*}, so messages of drafts created later are caught too.
 */
public final class RedisTap implements AutoCloseable {

    private record Received(String channel, String message) {
    }

    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<Received> skipped = new ArrayList<>();
    private final String prefix;
    private final Jedis jedis;
    private final JedisPubSub listener;

    public RedisTap() {
        URI uri = URI.create(TestServices.redisUrl());
        String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
        prefix = RedisGroupBus.channelPrefix(path.isEmpty() ? 0 : Integer.parseInt(path));
        jedis = new Jedis(uri);
        CountDownLatch subscribed = new CountDownLatch(1);
        listener = new JedisPubSub() {
            @Override
            public void onPSubscribe(String pattern, int count) {
                subscribed.countDown();
            }

            @Override
            public void onPMessage(String pattern, String channel, String message) {
                received.add(new Received(channel, RedisGroupBus.payload(message)));
            }
        };
        Thread thread = new Thread(() -> {
            try {
                jedis.psubscribe(listener, prefix + "herodraft_*");
            } catch (RuntimeException closed) {
                // close() ended the subscription under the reader's feet; nothing is lost that a test still waits for
            }
        }, "redis-tap");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!subscribed.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no Redis subscription");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String channel(String prefix, long draftId) {
        return prefix + "herodraft_" + draftId;
    }

    /** The next message published to {@code herodraft_<draftId>} (exactly that channel), or null after the timeout. */
    public JsonObject next(long draftId, Duration timeout) {
        String wanted = channel(prefix, draftId);
        synchronized (skipped) {
            for (Received earlier : skipped) {
                if (earlier.channel().equals(wanted)) {
                    skipped.remove(earlier);
                    return parse(earlier.message());
                }
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Received next = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    return null;
                }
                if (next.channel().equals(wanted)) {
                    return parse(next.message());
                }
                synchronized (skipped) {
                    skipped.add(next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public JsonObject next(long draftId) {
        JsonObject message = next(draftId, Duration.ofSeconds(10));
        if (message == null) {
            throw new AssertionError("no message for herodraft_" + draftId);
        }
        return message;
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Override
    public void close() {
        try {
            listener.punsubscribe();
        } catch (RuntimeException ignored) {
            // already gone
        }
        jedis.close();
    }
}
