package gg.pickban.herodraft.boundary;

import static gg.pickban.herodraft.Frames.await;
import static gg.pickban.herodraft.Frames.isEvent;
import static gg.pickban.herodraft.Frames.isTick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.herodraft.Frames;
import gg.pickban.herodraft.HeroDraftRows;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Await;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SecondInstance;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SocketClient;
import gg.pickban.tournament.Fixtures;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hero-draft socket on one instance: presence, heartbeats, kicks and the ticker (docs/rules.md §5.7, §5.9; docs/api.md §7). */
@ExtendWith(SharedApp.class)
class HeroDraftSocketIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Set<String> DRAFTING_TICK_KEYS = Set.of("type", "current_round", "active_team_id",
            "grace_time_remaining_ms", "team_a_id", "team_a_reserve_ms", "team_b_id", "team_b_reserve_ms", "draft_state");

    private static SocketClient spectator(AppProcess app, HeroDraftRows draft) {
        return SocketClient.connect(app, draft.path(), app.uri("").toString());
    }

    private static SocketClient captain(AppProcess app, HeroDraftRows draft, long user) {
        Api login = Logins.as(app, user);
        return SocketClient.connect(app, draft.path(), app.uri("").toString(), login.cookie("sessionid"));
    }

    @Test
    void aSpectatorGetsTheInitialStateThenOneTickPerSecond(AppProcess app) throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now().minusSeconds(35));
        try (SocketClient socket = spectator(app, draft)) {
            JsonObject first = Frames.parse(socket.nextMessage(WAIT));
            assertEquals("initial_state", first.getString("type"));
            assertEquals(draft.draftId(), first.getJsonObject("draft_state").getJsonNumber("id").longValue());
            assertEquals("drafting", first.getJsonObject("draft_state").getString("state"));
            List<Frames.Received> seen = Frames.collect(socket, Duration.ofMillis(4500));
            List<Frames.Received> ticks = seen.stream().filter(r -> isTick(r.message())).toList();
            assertTrue(ticks.size() >= 4 && ticks.size() <= 5, "ticks in 4.5 s: " + seen);
            for (int i = 1; i < ticks.size(); i++) {
                long gap = ticks.get(i).atMillis() - ticks.get(i - 1).atMillis();
                assertTrue(gap > 700 && gap < 1300, "gap " + gap + " ms in " + ticks);
            }
            JsonObject tick = ticks.get(ticks.size() - 1).message();
            assertEquals(DRAFTING_TICK_KEYS, tick.keySet());
            assertEquals(0, tick.getInt("current_round"));
            assertEquals(draft.teamA(), tick.getJsonNumber("active_team_id").longValue());
            assertEquals(draft.teamA(), tick.getJsonNumber("team_a_id").longValue());
            assertEquals(draft.teamB(), tick.getJsonNumber("team_b_id").longValue());
            assertEquals(0, tick.getInt("grace_time_remaining_ms"), "35 s into a 30 s grace");
            int reserve = tick.getInt("team_a_reserve_ms");
            assertTrue(reserve < 86_000 && reserve > 60_000, "the active team's reserve counts down: " + reserve);
            assertEquals(90_000, tick.getInt("team_b_reserve_ms"));
        }
    }

    /**
     * The ticker keeps its view of a draft between seconds while the draft's version stands; a pick
     * made through another instance moves the version on, so the very next ticks here show it.
     */
    @Test
    void aPickThroughTheOtherInstanceShowsInTheNextTicks(AppProcess app, @SecondInstance AppProcess other)
            throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now());
        try (SocketClient socket = spectator(app, draft)) {
            assertEquals("initial_state", Frames.parse(socket.nextMessage(WAIT)).getString("type"));
            JsonObject before = await(socket, Frames::isTick, WAIT);
            assertNotNull(before);
            assertEquals(0, before.getInt("current_round"));
            assertNotNull(await(socket, Frames::isTick, WAIT), "a second tick from the kept view");
            Reply picked = Logins.as(other, draft.captainA()).post(draft.path() + "submit-pick/", "{\"hero_id\": 1}");
            assertEquals(200, picked.status(), picked.body());
            JsonObject after = await(socket, m -> isTick(m) && m.getInt("current_round") == 1, Duration.ofMillis(2500));
            assertNotNull(after, "within two seconds a tick of round 2");
            assertEquals(Fixtures.number("SELECT draft_team_id FROM hero_draft_round WHERE draft_id = ? AND round_number = 2",
                    draft.draftId()), after.getJsonNumber("active_team_id").longValue());
            assertTrue(after.getInt("grace_time_remaining_ms") > 27_000, "round 2 just started: " + after);
        }
    }

    @Test
    void aWaitingDraftGetsNoTicksAndSpectatorFramesChangeNothing(AppProcess app) throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.waiting();
        try (SocketClient socket = spectator(app, draft)) {
            assertEquals("initial_state", Frames.parse(socket.nextMessage(WAIT)).getString("type"));
            socket.send("{\"type\": \"heartbeat\"}");
            socket.send("not json at all");
            assertNull(socket.nextMessage(Duration.ofMillis(2500)), "no ticks, no answers");
        }
        assertEquals(0, draft.events("captain_connected"));
        assertEquals("waiting_for_captains", draft.state());
    }

    @Test
    void aCaptainConnectsAndHisDisconnectPausesTheDraft(AppProcess app) throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now());
        try (SocketClient watcher = spectator(app, draft)) {
            SocketClient captain = captain(app, draft, draft.captainA());
            JsonObject connected = await(watcher, m -> isEvent(m, "captain_connected"), WAIT);
            assertNotNull(connected);
            assertEquals(draft.teamA(), connected.getJsonObject("draft_team").getJsonNumber("id").longValue());
            assertFalse(connected.containsKey("event_id"), "a state message");
            assertTrue(draft.connected(draft.teamA()));
            captain.send("{\"type\": \"heartbeat\"}");
            captain.close();
            JsonObject paused = await(watcher, m -> isEvent(m, "draft_paused"), WAIT);
            assertNotNull(paused);
            assertEquals("paused", paused.getJsonObject("draft_state").getString("state"));
            assertEquals("paused", draft.state());
            assertFalse(draft.connected(draft.teamA()));
            assertEquals(1, draft.events("captain_disconnected"));
            assertNull(await(watcher, Frames::isTick, Duration.ofMillis(2500)), "a paused draft does not tick");
        }
    }

    @Test
    void aNewerSocketOfTheSameCaptainKicksTheOlderOneWithoutPausing(AppProcess app) throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now());
        try (SocketClient older = captain(app, draft, draft.captainA())) {
            assertEquals("initial_state", Frames.parse(older.nextMessage(WAIT)).getString("type"));
            try (SocketClient newer = captain(app, draft, draft.captainA())) {
                JsonObject kicked = await(older, m -> "herodraft_kicked".equals(m.getString("type", "")), WAIT);
                assertNotNull(kicked);
                assertEquals("new_connection", kicked.getString("reason"));
                assertEquals(4000, older.awaitClose(WAIT));
                assertNotNull(await(newer, Frames::isTick, Duration.ofSeconds(3)), "the draft goes on");
                assertEquals("drafting", draft.state());
                assertTrue(draft.connected(draft.teamA()));
                assertEquals(0, draft.events("draft_paused"));
                assertEquals(0, draft.events("captain_disconnected"));
            }
        }
    }

    @Test
    void aCaptainWithoutHeartbeatsGoesStaleAndPausesTheDraft(AppProcess app) throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now());
        try (SocketClient captain = captain(app, draft, draft.captainA())) {
            JsonObject paused = await(captain, m -> isEvent(m, "draft_paused"), Duration.ofSeconds(20));
            assertNotNull(paused, "paused within 9 s of the last heartbeat (plus a tick)");
            assertEquals(draft.teamA(), paused.getJsonObject("draft_team").getJsonNumber("id").longValue());
            assertEquals("paused", draft.state());
            assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ? AND event_type = 'draft_paused'"
                    + " AND metadata LIKE '%heartbeat_stale%'", draft.draftId()));
        }
    }

    @Test
    void aPickReachesWatchersAsAnActionEvent(AppProcess app) throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now());
        try (SocketClient watcher = spectator(app, draft)) {
            Reply pick = Logins.as(app, draft.captainA()).post("/api/herodraft/" + draft.draftId() + "/submit-pick/", "{\"hero_id\": 1}");
            assertEquals(200, pick.status(), pick.body());
            JsonObject selected = await(watcher, m -> isEvent(m, "hero_selected"), WAIT);
            assertNotNull(selected);
            assertTrue(selected.getJsonNumber("event_id").longValue() > 0);
            assertEquals(1, selected.getJsonObject("metadata").getInt("hero_id"));
            assertEquals("ban", selected.getJsonObject("metadata").getString("action_type"));
            assertTrue(selected.getString("timestamp").endsWith("+00:00"));
            assertEquals(1, selected.getJsonObject("draft_state").getInt("current_round"));
        }
    }

    @Test
    void aRoundPastGraceAndReserveIsAutoPickedOnce(AppProcess app) throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now().minusSeconds(125));
        try (SocketClient watcher = spectator(app, draft)) {
            JsonObject selected = await(watcher, m -> isEvent(m, "hero_selected"), WAIT);
            assertNotNull(selected);
            assertFalse(selected.containsKey("draft_team"), "the timeout's state message has no team");
            assertEquals(1, draft.heroesChosen());
            assertEquals(1, draft.events("round_timeout"));
        }
    }

    @Test
    void aPickRacingTheTimeoutOfTheSameRoundRecordsOneHero(AppProcess app) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            HeroDraftRows draft = HeroDraftRows.drafting(Instant.now().minusMillis(120_000));
            Api captain = Logins.as(app, draft.captainA());
            CompletableFuture<Reply> pick = CompletableFuture.supplyAsync(
                    () -> captain.post("/api/herodraft/" + draft.draftId() + "/submit-pick/", "{\"hero_id\": 7}"));
            try (SocketClient watcher = spectator(app, draft)) {
                pick.join();
                awaitTrue(() -> Fixtures.number("SELECT COUNT(*) FROM hero_draft_round WHERE draft_id = ? AND round_number = 1"
                        + " AND state = 'completed'", draft.draftId()) == 1);
                // the loser of the race would write its hero within the ticker's next second: give it one and a half
                Await.quietFor(Duration.ofMillis(1500));
                assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ? AND event_type = 'hero_selected'"
                        + " AND metadata LIKE '%\"round_number\":1,%'", draft.draftId()), "one hero for round 1");
                assertEquals(draft.heroesChosen(), draft.events("hero_selected"), "each recorded hero has its one event");
                assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM hero_draft_round WHERE draft_id = ? AND round_number = 1"
                        + " AND hero_id IS NOT NULL", draft.draftId()));
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition) {
        Await.until(condition, WAIT, "condition");
    }
}
