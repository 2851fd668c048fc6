package gg.pickban.cluster.boundary;

import static gg.pickban.draft.DraftArrange.pick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.draft.DraftArrange;
import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.herodraft.Frames;
import gg.pickban.herodraft.HeroDraftRows;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.PrivateRedis;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SocketClient;
import gg.pickban.testsupport.SocketLog;
import gg.pickban.testsupport.TestServices;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Redis outage with real processes (README, "Failure behaviour: Redis"): two instances on a Redis
 * of this test's own, which each test kills (it keeps nothing on disk) and starts again. Local sockets
 * get what their instance commits throughout, the owner of a hero draft's tick lock keeps ticking, no
 * captain is paused for heartbeats Redis lost, and once Redis is back every socket gets the state afresh.
 * The single-instance test uses only instance A: B has no socket of that draft, so it plays no part.
 */
class RedisOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration RESYNC = Duration.ofSeconds(5);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private static PrivateRedis redis;
    private static AppProcess a;
    private static AppProcess b;

    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    static void boot() {
        redis = PrivateRedis.start();
        CompletableFuture<AppProcess> first = CompletableFuture.supplyAsync(() -> AppProcess.start("redis-outage-a", env()));
        b = AppProcess.start("redis-outage-b", env());
        a = first.join();
    }

    @AfterAll
    static void shutDown() {
        for (AutoCloseable closing : new AutoCloseable[] {a, b, redis}) {
            closeQuietly(closing);
        }
    }

    @AfterEach
    void closeSockets() {
        heartbeats.shutdownNow();
        opened.forEach(RedisOutageIT::closeQuietly);
        if (!redis.isRunning()) {
            redis.boot();
        }
    }

    private static Map<String, String> env() {
        Map<String, String> env = TestServices.productionEnv();
        env.put("PICKBAN_REDIS_URL", redis.url());
        return env;
    }

    @Test
    void oneInstanceKeepsItsHeroDraftTickingAndInStepThroughAnOutage() throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now());
        Api captainA = Logins.as(a, draft.captainA());
        captain(a, draft, captainA);
        captain(a, draft, Logins.as(a, draft.captainB()));
        SocketLog spectator = spectator(a, draft);
        awaitTrue(() -> draft.connected(draft.teamA()) && draft.connected(draft.teamB()), "both captains connected");
        assertNotNull(spectator.await(0, RedisOutageIT::isTick, WAIT));

        long down = System.nanoTime();
        redis.kill();
        sleepUntil(down + 4 * SECOND);
        long picking = System.nanoTime();
        Reply picked = captainA.post(draft.path() + "submit-pick/", "{\"hero_id\": 1}");
        assertEquals(200, picked.status(), "HTTP goes on without Redis: " + picked);
        assertNotNull(spectator.await(picking, text -> isEvent(text, "hero_selected"), WAIT), "the pick reached the socket");
        assertNotNull(spectator.await(picking, text -> isTick(text) && Frames.parse(text).getInt("current_round") == 1,
                Duration.ofMillis(2500)), "ticks show the pick made during the outage");
        sleepUntil(down + 10 * SECOND);

        long up = System.nanoTime(); // from the start: instances may reconnect before the test sees the port open
        redis.boot();
        SocketLog.Entry resync = spectator.await(up, text -> "initial_state".equals(type(text)), RESYNC);
        assertNotNull(resync, "a fresh state within " + RESYNC + " of Redis's return");
        long converged = awaitSameAsDatabase(spectator, a, draft, up);
        sleepUntil(up + 13 * SECOND);

        assertNull(spectator.await(down, text -> isEvent(text, "draft_paused"), Duration.ZERO), "no pause for heartbeats Redis lost");
        assertEquals("drafting", draft.state());
        assertEquals(0, draft.events("draft_paused"));
        long maxGap = maxTickGapMillis(spectator, down - SECOND);
        assertTrue(maxGap <= 2100, "ticks went on through the outage: longest gap " + maxGap + " ms");
        System.out.printf("[RedisOutageIT] one instance: Redis back -> initial_state %d ms, view = database %d ms;"
                + " longest tick gap from the outage on %d ms%n", millis(resync.atNanos() - up), millis(converged - up), maxGap);
    }

    @Test
    void aPlayerDraftPickDuringAnOutageReachesTheSocketsAndAFreshStateFollowsTheReturn() throws InterruptedException {
        Api staff = Logins.staff(a);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900));
        Api captain = Logins.as(a, t.captains().get(0));
        SocketLog draftSocket = open(a, "/api/draft/" + t.draft() + "/");
        SocketLog tournamentSocket = open(a, "/api/tournament/" + t.tournament() + "/");
        for (SocketLog socket : List.of(draftSocket, tournamentSocket)) {
            assertNotNull(socket.await(0, text -> "initial_events".equals(type(text)), WAIT));
        }

        redis.kill();
        long picking = System.nanoTime();
        Reply picked = captain.post("/api/tournaments/pick_player", pick(t.round(1), t.players().get(0)));
        assertEquals(201, picked.status(), picked.body());
        JsonObject after = picked.object().getJsonObject("draft");
        for (SocketLog socket : List.of(draftSocket, tournamentSocket)) {
            SocketLog.Entry event = socket.await(picking, text -> "draft_event".equals(type(text)), WAIT);
            assertNotNull(event, "the pick reached the socket during the outage");
            assertEquals("player_picked", Frames.parse(event.text()).getJsonObject("event").getString("event_type"));
            assertEquals(after, Frames.parse(event.text()).getJsonObject("draft_state"));
        }

        long up = System.nanoTime(); // from the start: instances may reconnect before the test sees the port open
        redis.boot();
        JsonObject database = a.api().get("/api/tournaments/" + t.tournament() + "/").object().getJsonObject("draft");
        for (SocketLog socket : List.of(draftSocket, tournamentSocket)) {
            SocketLog.Entry fresh = socket.await(up, text -> "draft_event".equals(type(text)), RESYNC);
            assertNotNull(fresh, "a draft_event with the state within " + RESYNC + " of Redis's return");
            JsonObject message = Frames.parse(fresh.text());
            assertEquals("player_picked", message.getJsonObject("event").getString("event_type"), "the newest event");
            assertEquals(database, message.getJsonObject("draft_state"));
            System.out.printf("[RedisOutageIT] player draft: Redis back -> draft_event %d ms%n", millis(fresh.atNanos() - up));
        }
    }

    @Test
    void twoInstancesKeepOneTickerAndConvergeAfterAnOutage() throws InterruptedException {
        // round 1 runs out (30 s grace + 90 s reserve) around Redis's return
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now().minusSeconds(120 - 16));
        captain(a, draft, Logins.as(a, draft.captainA()));
        SocketLog onA = spectator(a, draft);
        assertNotNull(onA.await(0, RedisOutageIT::isTick, WAIT), "A's socket started the ticker there");
        captain(b, draft, Logins.as(b, draft.captainB()));
        SocketLog onB = spectator(b, draft);
        assertNotNull(onB.await(0, RedisOutageIT::isTick, WAIT));

        long down = System.nanoTime();
        redis.kill();
        sleepUntil(down + 10 * SECOND);
        long up = System.nanoTime(); // from the start: instances may reconnect before the test sees the port open
        redis.boot();
        for (SocketLog socket : List.of(onA, onB)) {
            SocketLog.Entry resync = socket.await(up, text -> "initial_state".equals(type(text)), RESYNC);
            assertNotNull(resync, "a fresh state within " + RESYNC + " of Redis's return");
            System.out.printf("[RedisOutageIT] two instances: Redis back -> initial_state %d ms%n", millis(resync.atNanos() - up));
        }
        awaitTrue(() -> draft.heroesChosen() == 1, "round 1 timed out");
        long steady = System.nanoTime();
        sleepUntil(steady + 7 * SECOND);

        assertEquals(1, draft.heroesChosen(), "one auto-pick");
        assertEquals(1, draft.events("round_timeout"));
        assertEquals(0, draft.events("draft_paused"));
        for (SocketLog socket : List.of(onA, onB)) {
            List<Long> ticks = tickTimes(socket, up);
            for (int i = 1; i < ticks.size(); i++) {
                assertTrue(ticks.get(i) - ticks.get(i - 1) > 500_000_000L, "no duplicate tick after the return: " + ticks);
            }
            long lastSix = tickTimes(socket, steady + SECOND).stream().filter(at -> at < steady + 7 * SECOND).count();
            assertTrue(lastSix >= 5 && lastSix <= 7, "one tick per second: " + lastSix + " in 6 s");
            awaitSameAsDatabase(socket, a, draft, System.nanoTime());
        }
    }

    private SocketLog spectator(AppProcess app, HeroDraftRows draft) {
        return open(app, draft.path());
    }

    private SocketLog open(AppProcess app, String path) {
        SocketClient socket = SocketClient.connect(app, path, app.uri("").toString());
        opened.add(socket);
        SocketLog log = new SocketLog(socket);
        opened.add(0, log);
        return log;
    }

    /** A captain's socket that sends a heartbeat every 3 s, as the frontend does, whether Redis is there or not. */
    private void captain(AppProcess app, HeroDraftRows draft, Api login) {
        SocketClient socket = SocketClient.connect(app, draft.path(), app.uri("").toString(), login.cookie("sessionid"));
        opened.add(socket);
        heartbeats.scheduleAtFixedRate(() -> {
            try {
                socket.send("{\"type\": \"heartbeat\"}");
            } catch (RuntimeException closed) {
                // the socket is gone: the test sees that elsewhere
            }
        }, 0, 3, TimeUnit.SECONDS);
    }

    /** When the socket's newest draft state (initial_state or event) equals the HTTP read, at most 5 s after {@code from}. */
    private static long awaitSameAsDatabase(SocketLog socket, AppProcess app, HeroDraftRows draft, long from) throws InterruptedException {
        long deadline = from + RESYNC.toNanos();
        JsonObject shown = null;
        JsonObject stored = null;
        while (System.nanoTime() < deadline) {
            shown = newestState(socket);
            stored = app.api().get(draft.path()).object();
            if (stored.equals(shown)) {
                return System.nanoTime();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the socket shows " + shown + "\nthe database holds " + stored);
    }

    private static JsonObject newestState(SocketLog socket) {
        JsonObject newest = null;
        for (SocketLog.Entry entry : socket.since(0)) {
            JsonObject message = Frames.parse(entry.text());
            if (message.get("draft_state") instanceof JsonObject state) {
                newest = state;
            }
        }
        return newest;
    }

    private static List<Long> tickTimes(SocketLog socket, long from) {
        return socket.since(from).stream().filter(entry -> isTick(entry.text())).map(SocketLog.Entry::atNanos).toList();
    }

    private static long maxTickGapMillis(SocketLog socket, long from) {
        List<Long> ticks = tickTimes(socket, from);
        long max = 0;
        for (int i = 1; i < ticks.size(); i++) {
            max = Math.max(max, ticks.get(i) - ticks.get(i - 1));
        }
        return millis(max);
    }

    private static boolean isTick(String text) {
        return Frames.isTick(Frames.parse(text));
    }

    private static boolean isEvent(String text, String eventType) {
        return Frames.isEvent(Frames.parse(text), eventType);
    }

    private static String type(String text) {
        return Frames.parse(text).getString("type", "");
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20 * SECOND;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Lets the scenario run on (an outage lasting a while); never an assertion. */
    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static void closeQuietly(AutoCloseable closing) {
        try {
            if (closing != null) {
                closing.close();
            }
        } catch (Exception e) {
            // best effort
        }
    }
}
