package gg.pickban.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.TestServices;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;

/** Redis pub/sub fan-out against the real Redis, two buses standing for two instances. */
class RedisGroupBusIT {

    private final URI uri = URI.create(TestServices.redisUrl());
    private final RedisClient clientA = TestServices.redis();
    private final RedisClient clientB = TestServices.redis();
    private final String prefix = RedisGroupBus.channelPrefix(14) + System.nanoTime() + ":";
    private final ExecutorService deliveries = Executors.newFixedThreadPool(2);
    private final RedisGroupBus instanceA = bus(clientA, prefix);
    private final RedisGroupBus instanceB = bus(clientB, prefix);

    private RedisGroupBus bus(RedisClient client, String channelPrefix) {
        return new RedisGroupBus(client, () -> new Jedis(uri), channelPrefix, Executors.defaultThreadFactory(), deliveries,
                RedisGroupBus.Events.NONE);
    }

    @AfterEach
    void close() {
        instanceA.close();
        instanceB.close();
        clientA.close();
        clientB.close();
        deliveries.shutdownNow();
    }

    @Test
    void aMessagePublishedOnOneInstanceReachesTheGroupOnEveryInstanceInOrder() throws InterruptedException {
        BlockingQueue<String> onA = new LinkedBlockingQueue<>();
        BlockingQueue<String> onB = new LinkedBlockingQueue<>();
        BlockingQueue<String> otherGroup = new LinkedBlockingQueue<>();
        instanceA.subscribe("draft_1", onA::add);
        instanceB.subscribe("draft_1", onB::add);
        instanceB.subscribe("draft_2", otherGroup::add);
        List<String> sent = IntStream.range(0, 50).mapToObj(i -> "m" + i).toList();
        sent.forEach(message -> instanceA.publish("draft_1", message));
        for (String expected : sent) {
            assertEquals(expected, onB.poll(5, TimeUnit.SECONDS));
            assertEquals(expected, onA.poll(5, TimeUnit.SECONDS), "the publisher's own receivers too, exactly once");
        }
        assertNull(otherGroup.poll(200, TimeUnit.MILLISECONDS));
        assertNull(onA.poll(300, TimeUnit.MILLISECONDS), "the publisher skips its own messages coming back from Redis");
    }

    @Test
    void withRedisUnreachableAPublicationStillReachesThisInstancesReceiversInOrder() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        URI dead = URI.create("redis://127.0.0.1:" + deadPort + "/0");
        CountDownLatch troubled = new CountDownLatch(1);
        try (RedisClient unreachable = RedisClient.create(dead);
                RedisGroupBus alone = new RedisGroupBus(unreachable, () -> new Jedis(dead), prefix, Executors.defaultThreadFactory(),
                        deliveries, new RedisGroupBus.Events(troubled::countDown, () -> { }))) {
            BlockingQueue<String> received = new LinkedBlockingQueue<>();
            alone.subscribe("herodraft_1", received::add);
            alone.publish("herodraft_1", "pick");
            alone.publish("herodraft_1", "tick");
            assertEquals("pick", received.poll(5, TimeUnit.SECONDS));
            assertEquals("tick", received.poll(5, TimeUnit.SECONDS));
            assertTrue(troubled.await(5, TimeUnit.SECONDS), "the trouble is reported");
        }
    }

    @Test
    void busesWithAnotherPrefixNeverHearEachOther() throws InterruptedException {
        RedisClient otherClient = TestServices.redis();
        RedisGroupBus otherDatabase = bus(otherClient, RedisGroupBus.channelPrefix(15) + prefix.substring(prefix.length() - 10));
        try {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            otherDatabase.subscribe("draft_1", heard::add);
            BlockingQueue<String> own = new LinkedBlockingQueue<>();
            instanceB.subscribe("draft_1", own::add);
            instanceA.publish("draft_1", "only for db 14");
            assertEquals("only for db 14", own.poll(5, TimeUnit.SECONDS));
            assertNull(heard.poll(300, TimeUnit.MILLISECONDS));
        } finally {
            otherDatabase.close();
            otherClient.close();
        }
    }
}
