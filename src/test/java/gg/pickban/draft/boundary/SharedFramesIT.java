package gg.pickban.draft.boundary;

import static gg.pickban.draft.DraftArrange.pick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.draft.DraftArrange;
import gg.pickban.live.control.RedisGroupBus;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Await;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.RawSocketClient;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SocketClient;
import gg.pickban.testsupport.TestServices;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/**
 * Group messages are encoded once and the same frame goes to every socket (live/control/FrameWriter):
 * what each client decodes is exactly the text the per-socket {@code sendText} path sent (the envelope
 * published on Redis, rendered as the audience renders it), the shared-frame path is what the bundled
 * Payara uses, clients offering permessage-deflate get one compressed frame, and a socket whose client
 * reads nothing delays nobody else and is closed before it holds more than its backlog.
 */
@ExtendWith(SharedApp.class)
class SharedFramesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Players of the draft whose messages fill a stalled socket's buffers: each draft_event lists them all. */
    private static final int LARGE_DRAFT_PLAYERS = 180;
    /** Far more than the buffers and the 256-message backlog of one socket can hold at that size. */
    private static final int MAX_LARGE_MESSAGES = 900;
    /** How many messages a socket's outbox holds (live/control/SocketOutbox) before it closes the socket. */
    private static final int OUTBOX_BACKLOG = 256;

    @Test
    void everySocketDecodesTheTextSendTextSent(AppProcess app) throws Exception {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900));
        String path = "/api/draft/" + t.draft() + "/";
        long framesBefore = sends(app, "frame");
        long textsBefore = sends(app, "text");
        long onConnectionBefore = frameWrites(app, "connection");
        long throughTyrusBefore = frameWrites(app, "tyrus");
        try (EnvelopeTap tap = new EnvelopeTap("draft_" + t.draft());
                RawSocketClient raw = RawSocketClient.connect(app, path, null);
                SocketClient jdk = SocketClient.connect(app, path, app.uri("").toString())) {
            assertNull(raw.extensions(), "nothing offered, nothing negotiated");
            String opening = raw.nextMessage(WAIT);
            assertNotNull(opening);
            assertEquals(opening, jdk.nextMessage(WAIT), "the same opening on both");

            for (int i = 0; i < 6; i++) {
                String expected = pickOrUndo(staff, t, i, tap);
                assertEquals(expected, raw.nextMessage(WAIT), "the shared frame decodes to exactly the text sendText sent");
                assertEquals(expected, jdk.nextMessage(WAIT));
            }
        }
        assertTrue(sends(app, "frame") - framesBefore >= 2 * 7, "the bundled Payara takes the shared-frame path");
        assertEquals(textsBefore, sends(app, "text"), "no socket of this test fell back to sendText");
        assertTrue(frameWrites(app, "connection") - onConnectionBefore >= 2 * 7, "the frames are written straight to the Grizzly connections");
        assertEquals(throughTyrusBefore, frameWrites(app, "tyrus"), "no frame of this test went through Tyrus's writer");
    }

    /**
     * A browser's offer: permessage-deflate without server context takeover, one compressed frame for all
     * such sockets. The client keeps its own context: its second heartbeat refers back to the first.
     */
    @Test
    void aClientOfferingDeflateGetsTheSameTextCompressedOnceAndStaysWithinTheMessageLimit(AppProcess app) throws Exception {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900));
        String path = "/api/draft/" + t.draft() + "/";
        long compressedBefore = sends(app, "compressed_frame");
        try (EnvelopeTap tap = new EnvelopeTap("draft_" + t.draft());
                RawSocketClient deflating = RawSocketClient.connect(app, path, RawSocketClient.BROWSER_OFFER);
                RawSocketClient alsoDeflating = RawSocketClient.connect(app, path, RawSocketClient.BROWSER_OFFER);
                RawSocketClient plain = RawSocketClient.connect(app, path, null)) {
            assertEquals("permessage-deflate; server_no_context_takeover", deflating.extensions());
            assertNotNull(deflating.nextMessage(WAIT));
            assertNotNull(alsoDeflating.nextMessage(WAIT));
            assertNotNull(plain.nextMessage(WAIT));
            deflating.sendText("{\"type\":\"heartbeat\"}", true);
            deflating.sendText("{\"type\":\"heartbeat\"}", true);
            for (int i = 0; i < 2; i++) {
                String expected = pickOrUndo(staff, t, i, tap);
                assertEquals(expected, deflating.nextMessage(WAIT), "inflates to exactly the text sendText sent");
                assertEquals(expected, alsoDeflating.nextMessage(WAIT));
                assertEquals(expected, plain.nextMessage(WAIT));
            }
            assertEquals(3, deflating.compressedMessages(), "the opening and both events came compressed");
            assertEquals(0, plain.compressedMessages());

            deflating.sendText("x".repeat(5000), true);
            assertEquals(1009, deflating.closeCode(WAIT), "a compressed message over 4 KiB once inflated");
        }
        assertTrue(sends(app, "compressed_frame") - compressedBefore >= 4);
    }

    /**
     * A client that never reads, sent large messages until the socket's buffers and its outbox's backlog
     * are full: every other socket still gets every message at once and in order (plain and compressed),
     * the server closes the stalled one (1013, which a client that reads nothing may only see as the
     * connection's end) instead of holding more for it, and what the stalled client finds when it reads
     * after all is the same messages in the same order, up to the close.
     */
    @Test
    void aReaderThatNeverReadsDelaysNobodyAndIsClosedOnceItsBacklogIsFull(AppProcess app) throws Exception {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), Collections.nCopies(LARGE_DRAFT_PLAYERS, 3000));
        String path = "/api/draft/" + t.draft() + "/";
        try (EnvelopeTap tap = new EnvelopeTap("draft_" + t.draft());
                RawSocketClient stalled = RawSocketClient.stalled(app, path);
                RawSocketClient reader = RawSocketClient.connect(app, path, null);
                RawSocketClient deflating = RawSocketClient.connect(app, path, RawSocketClient.BROWSER_OFFER)) {
            String opening = reader.nextMessage(WAIT);
            assertNotNull(opening);
            assertEquals(opening, deflating.nextMessage(WAIT));
            int openWithStalled = await(() -> socketsOpen(app, "draft"), open -> open >= 3, "the three sockets counted");

            List<String> sent = new ArrayList<>();
            boolean stalledClosed = false;
            for (int i = 0; i < MAX_LARGE_MESSAGES && !stalledClosed; i++) {
                String expected = pickOrUndo(staff, t, i, tap);
                assertTrue(expected.length() >= 24 * 1024, "large enough to fill buffers soon: " + expected.length());
                assertEquals(expected, reader.nextMessage(WAIT), "message " + i + " reached the reading socket, in order");
                assertEquals(expected, deflating.nextMessage(WAIT), "message " + i + " reached the compressed socket, in order");
                sent.add(expected);
                if (i % 16 == 15) {
                    stalledClosed = socketsOpen(app, "draft") < openWithStalled;
                }
            }
            assertTrue(stalledClosed, "the server gave up on the stalled socket within " + sent.size() + " messages of "
                    + sent.get(0).length() + " characters");

            stalled.startReading();
            List<String> found = stalled.messagesUntilClosed(Duration.ofSeconds(60));
            // the 1013 close frame waits behind the unread bytes too, so the client may only see the connection end
            Integer closeCode = stalled.closeCode(WAIT);
            assertTrue(closeCode != null && (closeCode == 1013 || closeCode == 1006), "closed: " + closeCode);
            assertFalse(found.isEmpty(), "the opening was written before the client stopped reading");
            assertEquals(opening, found.get(0));
            int written = found.size() - 1;
            assertTrue(sent.size() - written > OUTBOX_BACKLOG, "closed once more than the backlog waited, not before: "
                    + written + " of " + sent.size() + " events arrived");
            assertEquals(sent.subList(0, written), found.subList(1, found.size()), "what did go out, in order");
        }
    }

    /**
     * The shared frames go straight into the socket's connection while Tyrus writes its own frames (here:
     * pongs) through the servlet stream into the same write queue. A client that reads slowly, so that the
     * server's writes to it keep waiting half done, and pings all along, must find every message whole and
     * in order, and every pong whole and in order, wherever they fell between the messages.
     */
    @Test
    void pongsFromTyrusAndSharedFramesNeverInterleaveWhileWritesWaitForASlowReader(AppProcess app) throws Exception {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), Collections.nCopies(LARGE_DRAFT_PLAYERS, 3000));
        String path = "/api/draft/" + t.draft() + "/";
        int events = 80;
        try (EnvelopeTap tap = new EnvelopeTap("draft_" + t.draft());
                RawSocketClient slow = RawSocketClient.slow(app, path, 40);
                RawSocketClient reader = RawSocketClient.connect(app, path, null)) {
            String opening = reader.nextMessage(WAIT);
            assertNotNull(opening);
            List<String> sent = new ArrayList<>();
            List<String> pings = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                String expected = pickOrUndo(staff, t, i, tap);
                assertEquals(expected, reader.nextMessage(WAIT), "message " + i + " reached the reading socket");
                sent.add(expected);
                String ping = "ping " + i;
                slow.sendPing(ping);
                pings.add(ping);
            }
            List<String> found = new ArrayList<>();
            for (int i = 0; i <= events; i++) {
                String next = slow.nextMessage(Duration.ofSeconds(30));
                assertNotNull(next, "message " + i + " of " + events + " after the opening reached the slow socket");
                found.add(next);
            }
            assertEquals(opening, found.get(0));
            assertEquals(sent, found.subList(1, found.size()), "every message whole and in order");
            Await.until(() -> slow.pongs().size() >= pings.size(), WAIT, "every ping answered");
            List<String> pongs = slow.pongs().stream().map(RawSocketClient.Pong::payload).toList();
            assertEquals(pings, pongs, "every pong whole and in order: " + slow.pongs());
            assertNull(slow.closeCode(Duration.ofMillis(200)), "the socket stayed open");
        }
    }

    /** Event {@code i} of a draft: a pick when i is even, its undo when odd; the message the bus carried for it. */
    private static String pickOrUndo(Api staff, Arranged t, int i, EnvelopeTap tap) throws InterruptedException {
        Reply reply = i % 2 == 0 ? staff.post("/api/tournaments/pick_player", pick(t.round(1), t.players().get(0)))
                : staff.post("/api/tournaments/undo-pick", "{\"draft_pk\": " + t.draft() + "}");
        assertTrue(reply.status() / 100 == 2, reply.body());
        return tap.nextMessage();
    }

    /** {@code pickban_socket_frame_writes{via=...}} from /metrics. */
    static long frameWrites(AppProcess app, String via) throws Exception {
        return (long) metric(app, "pickban_socket_frame_writes", "via", via);
    }

    /** {@code pickban_socket_sends{path=...}} from /metrics. */
    static long sends(AppProcess app, String path) {
        return (long) metric(app, "pickban_socket_sends", "path", path);
    }

    /** {@code pickban_sockets_open{kind=...}} from /metrics. */
    static int socketsOpen(AppProcess app, String kind) {
        return (int) metric(app, "pickban_sockets_open", "kind", kind);
    }

    private static double metric(AppProcess app, String name, String tag, String value) {
        String metrics = app.api().get("/metrics").body();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") && line.contains(tag + "=\"" + value + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no " + name + "{" + tag + "=" + value + "} in /metrics");
    }

    private static int await(IntSupplier read, IntPredicate until, String what) {
        return Await.until(read::getAsInt, until::test, WAIT, what);
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
