package gg.pickban.draft.boundary;

import static gg.pickban.draft.DraftArrange.pick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.draft.DraftArrange;
import gg.pickban.live.control.RedisGroupBus;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.RawSocketClient;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SocketClient;
import gg.pickban.testsupport.TestServices;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/**
 * Group messages are encoded once and the same frame goes to every socket (live/control/FrameWriter):
 * what each client decodes is exactly the text the per-socket {@code sendText} path sent (the envelope
 * published on Redis, rendered as the audience renders it), the shared-frame path is what the bundled
 * Payara uses, and a socket whose client reads nothing delays nobody else.
 */
@ExtendWith(SharedApp.class)
class SharedFramesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void everySocketDecodesTheTextSendTextSentAndAStalledReaderDelaysNobody(AppProcess app) throws Exception {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900));
        String path = "/api/draft/" + t.draft() + "/";
        long framesBefore = sends(app, "frame");
        long textsBefore = sends(app, "text");
        try (EnvelopeTap tap = new EnvelopeTap("draft_" + t.draft());
                RawSocketClient stalled = RawSocketClient.stalled(app, path);
                RawSocketClient raw = RawSocketClient.connect(app, path, null);
                SocketClient jdk = SocketClient.connect(app, path, app.uri("").toString())) {
            assertNull(raw.extensions(), "nothing offered, nothing negotiated");
            String opening = raw.nextMessage(WAIT);
            assertNotNull(opening);
            assertEquals(opening, jdk.nextMessage(WAIT), "the same opening on both");

            List<Long> delays = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                long start = System.nanoTime();
                Reply reply = i % 2 == 0 ? staff.post("/api/tournaments/pick_player", pick(t.round(1), t.players().get(0)))
                        : staff.post("/api/tournaments/undo-pick", "{\"draft_pk\": " + t.draft() + "}");
                assertTrue(reply.status() / 100 == 2, reply.body());
                String expected = tap.nextMessage();
                assertEquals(expected, raw.nextMessage(WAIT), "the shared frame decodes to exactly the text sendText sent");
                assertEquals(expected, jdk.nextMessage(WAIT));
                delays.add((System.nanoTime() - start) / 1_000_000);
            }
            assertTrue(delays.stream().allMatch(ms -> ms < 5_000), "no message waited for the stalled reader: " + delays);
        }
        assertTrue(sends(app, "frame") - framesBefore >= 2 * 7, "the bundled Payara takes the shared-frame path");
        assertEquals(textsBefore, sends(app, "text"), "no socket of this test fell back to sendText");
    }

    /** {@code pickban_socket_sends{path=...}} from /metrics. */
    static long sends(AppProcess app, String path) {
        String metrics = app.api().get("/metrics").body();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("pickban_socket_sends") && line.contains("path=\"" + path + "\"")) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no pickban_socket_sends{path=" + path + "} in /metrics");
    }

    /** The envelopes published for one group on Redis, rendered into the message the audience hands its sockets. */
    private static final class EnvelopeTap implements AutoCloseable {

        private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final Jedis jedis;
        private final JedisPubSub listener;

        EnvelopeTap(String group) throws InterruptedException {
            URI uri = URI.create(TestServices.redisUrl());
            String db = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
            String channel = RedisGroupBus.channelPrefix(db.isEmpty() ? 0 : Integer.parseInt(db)) + group;
            jedis = new Jedis(uri);
            CountDownLatch subscribed = new CountDownLatch(1);
            listener = new JedisPubSub() {
                @Override
                public void onSubscribe(String name, int count) {
                    subscribed.countDown();
                }

                @Override
                public void onMessage(String name, String message) {
                    DraftEnvelope envelope = DraftEnvelope.decode(RedisGroupBus.payload(message));
                    messages.add(envelope.message(envelope.state()));
                }
            };
            Thread thread = new Thread(() -> {
                try {
                    jedis.subscribe(listener, channel);
                } catch (RuntimeException closed) {
                    // close() ended the subscription
                }
            }, "envelope-tap");
            thread.setDaemon(true);
            thread.start();
            assertTrue(subscribed.await(10, TimeUnit.SECONDS), "subscribed to " + channel);
        }

        String nextMessage() throws InterruptedException {
            String next = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(next, "an envelope on Redis");
            return next;
        }

        @Override
        public void close() {
            listener.unsubscribe();
            jedis.close();
        }
    }
}
