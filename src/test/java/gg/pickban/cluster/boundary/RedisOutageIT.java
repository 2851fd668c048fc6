package gg.pickban.cluster.boundary;

import static gg.pickban.draft.DraftArrange.pick;
import static gg.pickban.herodraft.HeroDraftWatch.awaitSameAsDatabase;
import static gg.pickban.herodraft.HeroDraftWatch.awaitTrue;
import static gg.pickban.herodraft.HeroDraftWatch.isEvent;
import static gg.pickban.herodraft.HeroDraftWatch.isTick;
import static gg.pickban.herodraft.HeroDraftWatch.maxTickGapMillis;
import static gg.pickban.herodraft.HeroDraftWatch.millis;
import static gg.pickban.herodraft.HeroDraftWatch.sleepUntil;
import static gg.pickban.herodraft.HeroDraftWatch.tickTimes;
import static gg.pickban.herodraft.HeroDraftWatch.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.draft.DraftArrange;
import gg.pickban.herodraft.Frames;
import gg.pickban.herodraft.HeroDraftRows;
import gg.pickban.herodraft.HeroDraftWatch;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.PrivateRedis;
import gg.pickban.testsupport.PrivateRedisApps;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SecondInstance;
import gg.pickban.testsupport.SocketLog;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Redis outage with real processes (README, "Failure behaviour: Redis"): two instances on a Redis
 * of the tests' own ({@link PrivateRedisApps}), which each test kills (it keeps nothing on disk) and starts again. Local sockets
 * get what their instance commits throughout, the owner of a hero draft's tick lock keeps ticking, no
 * captain is paused for heartbeats Redis lost, and once Redis is back every socket gets the state afresh.
 * The single-instance test uses only instance A: B has no socket of that draft, so it plays no part.
 */
@ExtendWith(PrivateRedisApps.class)
class RedisOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration RESYNC = Duration.ofSeconds(5);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private static PrivateRedis redis;
    private static AppProcess a;
    private static AppProcess b;

    private final HeroDraftWatch watch = new HeroDraftWatch();

    @BeforeAll
    static void boot(PrivateRedis privateRedis, AppProcess first, @SecondInstance AppProcess second) {
        redis = privateRedis;
        a = first;
        b = second;
    }

    @AfterEach
    void closeSockets() {
        watch.close();
        if (!redis.isRunning()) {
            redis.boot();
        }
    }


    @Test
    void oneInstanceKeepsItsHeroDraftTickingAndInStepThroughAnOutage() throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now());
        Api captainA = Logins.as(a, draft.captainA());
        watch.captain(a, draft, captainA);
        watch.captain(a, draft, Logins.as(a, draft.captainB()));
        SocketLog spectator = watch.spectator(a, draft);
        awaitTrue(() -> draft.connected(draft.teamA()) && draft.connected(draft.teamB()), "both captains connected");
        assertNotNull(spectator.await(0, HeroDraftWatch::isTick, WAIT));

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
        long converged = awaitSameAsDatabase(spectator, a, draft, up, RESYNC);
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
        SocketLog draftSocket = watch.open(a, "/api/draft/" + t.draft() + "/");
        SocketLog tournamentSocket = watch.open(a, "/api/tournament/" + t.tournament() + "/");
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
        watch.captain(a, draft, Logins.as(a, draft.captainA()));
        SocketLog onA = watch.spectator(a, draft);
        assertNotNull(onA.await(0, HeroDraftWatch::isTick, WAIT), "A's socket started the ticker there");
        watch.captain(b, draft, Logins.as(b, draft.captainB()));
        SocketLog onB = watch.spectator(b, draft);
        assertNotNull(onB.await(0, HeroDraftWatch::isTick, WAIT));

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
            awaitSameAsDatabase(socket, a, draft, System.nanoTime(), RESYNC);
        }
    }
}
