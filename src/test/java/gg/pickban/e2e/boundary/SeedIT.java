package gg.pickban.e2e.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.Await;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SocketClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The end-to-end seed on PostgreSQL (docs/e2e-seed.md §3) in an instance and database of its own, and
 * the journeys of the frontend's end-to-end tests walked over HTTP and WebSocket as the frontend
 * does. Each test starts from {@code reset-all}, so none depends on another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String HEARTBEAT = "{\"type\": \"heartbeat\"}";

    private SeedInstance seed;

    @BeforeAll
    void start() {
        seed = SeedInstance.start();
    }

    @AfterAll
    void stop() {
        if (seed != null) {
            seed.close();
        }
    }

    private Reply resetAll() {
        long started = System.nanoTime();
        Reply reply = seed.app.api().post("/api/tests/reset-all/", null);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("{\"status\":\"reset\"}", reply.body());
        assertTrue(millis < 10_000, "reset-all took " + millis + " ms");
        return reply;
    }

    @Test
    void theSeedHasTheContractsTotalsAndPrimaryKeys() throws Exception {
        resetAll();
        for (var total : List.of(List.of("organization", 2L), List.of("league", 2L), List.of("users", 103L),
                List.of("tournament", 21L), List.of("team", 84L), List.of("game", 39L), List.of("draft", 10L),
                List.of("steam_match", 22L), List.of("steam_league_player_stats", 0L), List.of("login_session", 0L),
                List.of("steam_game_match_suggestion", 0L),
                List.of("hero_draft", 1L), List.of("draft_team", 2L), List.of("hero_draft_round", 0L), List.of("hero_draft_event", 0L))) {
            assertEquals(total.get(1), seed.count("SELECT COUNT(*) FROM " + total.get(0)), "rows of " + total.get(0));
        }
        assertEquals("hurk_,kettleofketchup,bucketoffish55,player_01",
                seed.text("SELECT string_agg(username, ',' ORDER BY id) FROM users WHERE id <= 4"));
        assertEquals("1833,2566,5729", seed.text("SELECT string_agg(mmr::text, ',' ORDER BY id) FROM users WHERE id IN (4, 5, 16)"));
        assertEquals("link_test_player_0,gglive,leafael.", seed.text(
                "SELECT string_agg(username, ',' ORDER BY id) FROM users WHERE id IN (64, 84, 103)"));
        assertEquals("Completed Bracket Test|Captain Turn Test|Real Tournament 38|Demo Shuffle Draft Tournament", seed.text(
                "SELECT string_agg(name, '|' ORDER BY id) FROM tournament WHERE id IN (1, 9, 17, 21)"));
        assertEquals("Team Alpha|Team Zeta|Team Theta|Team 1|Link Alpha|vrm.mtl's Team|Demo Team Alpha|Team Delta", seed.text(
                "SELECT string_agg(name, '|' ORDER BY id) FROM team WHERE id IN (1, 18, 26, 31, 67, 74, 75, 84)"));
        assertEquals("vrm.mtl's Team v ethan0688_'s Team pending winners 2", seed.text("SELECT r.name || ' v ' || d.name || ' '"
                + " || g.status || ' ' || g.bracket_type || ' ' || g.round FROM game g JOIN team r ON r.id = g.radiant_team_id"
                + " JOIN team d ON d.id = g.dire_team_id WHERE g.id = 36"));
        assertEquals("Team Delta", seed.text("SELECT t.name FROM game g JOIN team t ON t.id = g.winning_team_id WHERE g.id = 6"));
        assertEquals(0, seed.count("SELECT COUNT(*) FROM steam_match WHERE match_id = 9999999999"));
        assertEquals(3, seed.count("SELECT captain_id FROM draft_round WHERE draft_id = 2 ORDER BY pick_number LIMIT 1"));
        assertEquals("2,3,4", seed.text("SELECT string_agg(choice_id::text, ',' ORDER BY pick_number) FROM draft_round"
                + " WHERE draft_id = 1 AND choice_id IS NOT NULL"));
        assertEquals("1,2,10,12,20", seed.text("SELECT string_agg(user_id::text, ',' ORDER BY user_id) FROM team_members WHERE team_id = 43"));
        assertEquals("draft_started,player_picked,captain_assigned,player_picked,captain_assigned", seed.text(
                "SELECT string_agg(event_type, ',' ORDER BY id) FROM draft_event WHERE draft_id = 6"));
        assertEquals(3, seed.count("SELECT captain_id FROM draft_round WHERE draft_id = 7 ORDER BY pick_number LIMIT 1"));
        assertEquals(0, seed.count("SELECT COUNT(*) FROM draft_round WHERE draft_id = 8"));
        assertEquals("11,1,6", seed.text("SELECT string_agg(captain_id::text, ',' ORDER BY pick_number) FROM draft_round"
                + " WHERE draft_id = 6 AND captain_id IS NOT NULL"));
        assertEquals("clarexlauda", seed.text("SELECT u.username FROM draft_round r JOIN users u ON u.id = r.captain_id"
                + " WHERE r.draft_id = 10 ORDER BY r.pick_number LIMIT 1"));
        assertEquals(10, seed.count("SELECT COUNT(*) FROM steam_player_stats WHERE match_id = 9000000001 AND user_id IS NOT NULL"));
    }

    @Test
    void aCaptainSeesHisTurnPicksAndTheDraftSocketShowsThePick() throws Exception {
        resetAll();
        Api captain = Logins.user(seed.app);
        JsonObject me = captain.get("/api/current_user").object();
        assertEquals("bucketoffish55", me.getString("username"));
        JsonObject turn = me.getJsonArray("active_drafts").getJsonObject(0);
        assertEquals("team_draft", turn.getString("type"));
        assertTrue(List.of(9, 15).contains(turn.getInt("tournament_pk")), "round 1 of Captain Turn Test or of Shuffle Draft Captain Turn");

        JsonObject tournament = seed.app.api().get("/api/tests/tournament-by-key/draft_captain_turn/").object();
        JsonObject draft = tournament.getJsonObject("draft");
        int draftPk = draft.getInt("pk");
        JsonObject firstRound = draft.getJsonArray("draft_rounds").getJsonObject(0);
        assertEquals("bucketoffish55", firstRound.getJsonObject("captain").getString("username"));
        int lowestRemaining = draft.getJsonArray("users_remaining").getValuesAs(JsonObject.class).stream()
                .mapToInt(u -> u.getInt("pk")).min().orElseThrow();

        try (SocketClient socket = SocketClient.connect(seed.app, "/api/draft/" + draftPk + "/", seed.app.uri("").toString())) {
            assertEquals("initial_events", message(socket).getString("type"));
            Reply pick = captain.post("/api/tournaments/pick_player",
                    "{\"draft_round_pk\": " + firstRound.getInt("pk") + ", \"user_pk\": " + lowestRemaining + "}");
            assertEquals(201, pick.status(), pick.toString());
            JsonObject event = message(socket);
            assertEquals("draft_event", event.getString("type"));
            assertEquals("player_picked", event.getJsonObject("event").getString("event_type"));
            assertEquals(lowestRemaining, event.getJsonObject("event").getJsonObject("payload").getInt("picked_id"));
        }
        JsonObject next = captain.get("/api/current_user").object().getJsonArray("active_drafts").getJsonObject(0);
        assertEquals(15, next.getInt("tournament_pk"), "his shuffle round 1 comes before his round 8 here");
    }

    @Test
    void resetAllRestoresTheSeedAndClosesOpenSocketsWith1012() throws Exception {
        resetAll();
        Api anonymous = seed.app.api();
        String before = anonymous.get("/api/tests/tournament-by-key/draft_in_progress/").body();
        Api staff = Logins.staff(seed.app);
        JsonObject draft = anonymous.get("/api/tests/tournament-by-key/draft_in_progress/").object().getJsonObject("draft");
        try (SocketClient socket = SocketClient.connect(seed.app, "/api/draft/" + draft.getInt("pk") + "/", seed.app.uri("").toString())) {
            message(socket);
            assertEquals(200, staff.post("/api/tournaments/undo-pick", "{\"draft_pk\": " + draft.getInt("pk") + "}").status());
            assertFalse(before.equals(anonymous.get("/api/tests/tournament-by-key/draft_in_progress/").body()));
            resetAll();
            assertEquals(1012, socket.awaitClose(WAIT));
        }
        assertEquals(before, anonymous.get("/api/tests/tournament-by-key/draft_in_progress/").body());
        assertEquals(403, staff.post("/api/tournaments/undo-pick", "{\"draft_pk\": 1}").status(), "sessions are gone");
    }

    @Test
    void resetAllClosesHeroDraftSocketsAndTheirClosesLeaveTheNewDataAlone() throws Exception {
        resetAll();
        Api captain = loginAsDiscord("764290890617192469"); // vrm.mtl, a captain of the seeded demo hero draft 1
        try (SocketClient socket = SocketClient.connect(seed.app, "/api/herodraft/1/", seed.app.uri("").toString(),
                captain.cookie("sessionid"))) {
            assertEquals("initial_state", message(socket).getString("type"));
            assertEquals("captain_connected", heroDraftEvent(socket, "captain_connected").getString("event_type"));
            resetAll();
            assertEquals(1012, socket.awaitClose(WAIT));
        }
        // the close is handled after the socket reports it; give a wrong handler time to write
        Await.quietFor(Duration.ofMillis(1500));
        Api staff = Logins.staff(seed.app);
        Reply events = staff.get("/api/herodraft/1/list-events/");
        assertEquals("[]", events.body(), "a close caused by the reseed is no captain leaving the new draft");
        assertFalse(staff.get("/api/herodraft/1/").object().getJsonArray("draft_teams").getValuesAs(JsonObject.class)
                .stream().anyMatch(team -> team.getBoolean("is_connected")));
    }

    @Test
    void lookupsAnswerTheContractAndBadKeysAre404() {
        resetAll();
        Api api = seed.app.api();
        for (String key : SeededTournaments.BY_KEY.keySet()) {
            Reply reply = api.get("/api/tests/tournament-by-key/" + key + "/");
            assertEquals(200, reply.status(), key);
            assertEquals(SeededTournaments.BY_KEY.get(key), reply.object().getString("name"));
        }
        String first = withoutTimestamps(api.get("/api/tests/tournament-by-key/completed_bracket/").body());
        resetAll();
        assertEquals(first, withoutTimestamps(api.get("/api/tests/tournament-by-key/completed_bracket/").body()),
                "same data on every seed, but for the seeding instant");
        JsonObject completed = api.get("/api/tests/tournament-by-key/completed_bracket/").object();
        assertEquals(1, completed.getInt("pk"));
        assertEquals("Team Alpha", completed.getJsonArray("teams").getJsonObject(0).getString("name"));
        Reply unknown = api.get("/api/tests/tournament-by-key/nope/");
        assertEquals(404, unknown.status());
        assertEquals("{\"error\":\"Unknown tournament key: nope\"}", unknown.body());
        assertEquals(404, api.post("/api/pick-player-for-round/", "{}").status());
        assertEquals("DTX League", api.get("/api/leagues/").array().getJsonObject(0).getString("name"));
        List<String> listed = api.get("/api/tournaments-list/").array().getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("name")).toList();
        assertTrue(listed.containsAll(List.of("Completed Bracket Test", "Partial Bracket Test")), listed.toString());
        assertEquals(404, api.get("/api/steam/matches/9999999999/").status());
    }

    @Test
    void createMatchMakesTenPlayersAndLinksWhenAsked() {
        resetAll();
        Api api = seed.app.api();
        Reply made = api.post("/api/tests/create-match/", null);
        assertEquals(200, made.status(), made.toString());
        JsonObject body = made.object();
        assertEquals(10, body.getInt("player_count"));
        assertEquals(JsonValue.NULL, body.get("game_id"));
        long matchId = body.getJsonNumber("match_id").longValue();
        assertTrue(matchId >= 8_000_000_000L && matchId < 9_000_000_000L, body.toString());
        JsonArray players = api.get("/api/steam/matches/" + matchId + "/").object().getJsonArray("players");
        assertEquals(5, players.getValuesAs(JsonObject.class).stream().filter(p -> p.getInt("player_slot") < 128).count());
        assertEquals(5, players.getValuesAs(JsonObject.class).stream().filter(p -> p.getInt("player_slot") >= 128).count());

        JsonObject linked = api.post("/api/tests/create-match/", "{\"match_id\": 7000000001, \"tournament_id\": 3}").object();
        assertEquals(13, linked.getInt("game_id"), "the first game of tournament 3 without a match");
        assertEquals(7000000001L, api.get("/api/tests/tournament-by-key/pending_bracket/").object().getJsonArray("games")
                .getJsonObject(0).getJsonNumber("gameid").longValue());
        assertEquals(JsonValue.NULL, api.post("/api/tests/create-match/", "{\"match_id\": 7000000001, \"game_id\": 1}")
                .object().get("game_id"), "a stored match is answered unchanged");
        Reply noGame = api.post("/api/tests/create-match/", "{\"game_id\": 99999}");
        assertEquals(404, noGame.status());
        assertEquals("{\"detail\":\"Game 99999 not found\"}", noGame.body());
        assertEquals(400, api.post("/api/tests/create-match/", "{\"match_id\": \"x\"}").status());
        assertEquals(400, api.post("/api/tests/create-match/", "[1]").status());
    }

    @Test
    void demoHelpersLookUpAndResetTheirTournaments() {
        resetAll();
        Api api = seed.app.api();
        JsonObject snake = api.get("/api/tests/demo/demo_snake_draft/").object();
        assertEquals("Demo Snake Draft Tournament", snake.getJsonObject("tournament").getString("name"));
        assertEquals(9, snake.getInt("draft_pk"));
        assertEquals("snake", snake.getString("draft_style"));
        assertEquals(4, snake.getInt("teams"));
        JsonObject captainDraft = api.get("/api/tests/demo/demo_captaindraft/").object();
        assertEquals(8, captainDraft.getInt("draft_pk"));
        assertEquals(16, captainDraft.getInt("players"));

        JsonObject shuffleReset = api.post("/api/tests/demo/demo_shuffle_draft/reset/", null).object();
        assertEquals("reset", shuffleReset.getString("status"));
        assertEquals(21, shuffleReset.getInt("tournament_pk"));
        assertEquals(20, shuffleReset.getInt("players"));
        JsonObject captainReset = api.post("/api/tests/demo/demo_captaindraft/reset/", null).object();
        assertEquals("reset", captainReset.getString("status"));
        assertEquals("future", api.get("/api/tests/tournament-by-key/demo_captaindraft/").object().getString("state"));
        Reply unknown = api.get("/api/tests/demo/nope/");
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("Unknown demo key: nope. Available: ['demo_herodraft'"), unknown.body());

        JsonObject generated = api.post("/api/tests/demo/bracket/20/generate/", null).object();
        assertEquals("generated", generated.getString("status"));
        JsonArray games = api.get("/api/tests/tournament-by-key/demo_snake_draft/").object().getJsonArray("games");
        assertEquals(6, games.size());
        assertEquals(400, api.post("/api/tests/demo/bracket/18/generate/", null).status());
        assertEquals(404, api.post("/api/tests/demo/bracket/999/generate/", null).status());
        assertEquals(404, api.post("/api/tests/demo/bracket/x/generate/", null).status());
    }

    @Test
    void twoCaptainsCompleteAHeroDraftWithOneTimeoutAutoPick() throws Exception {
        resetAll();
        Api anonymous = seed.app.api();
        JsonObject draft = anonymous.get("/api/tests/herodraft-by-key/two_captain_test/").object();
        assertEquals(2, draft.getInt("id"), "hero draft 1 is the seeded demo one");
        assertEquals("waiting_for_captains", draft.getString("state"));
        assertEquals(36, draft.getJsonObject("game").getInt("pk"));
        JsonArray teams = draft.getJsonArray("draft_teams");
        assertEquals("764290890617192469", teams.getJsonObject(0).getJsonObject("captain").getString("discordId"));
        assertEquals("1325607754177581066", teams.getJsonObject(1).getJsonObject("captain").getString("discordId"));
        assertEquals(2, anonymous.get("/api/tests/tournament-by-key/real_tournament/").object().getJsonArray("games")
                .getJsonObject(3).getInt("herodraft_id"));
        Api radiant = loginAsDiscord("764290890617192469");
        Api dire = loginAsDiscord("1325607754177581066");
        assertEquals(List.of(1, 2), radiant.get("/api/current_user").object().getJsonArray("active_drafts")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("type").equals("hero_draft"))
                .map(d -> d.getInt("herodraft_pk")).toList(), "vrm.mtl captains in the demo draft and in this one");
        String base = "/api/herodraft/2/";

        // like the frontend: each captain keeps the draft's socket open and sends heartbeats (docs/rules.md §5.7)
        SocketClient radiantSocket = SocketClient.connect(seed.app, base, seed.app.uri("").toString(), radiant.cookie("sessionid"));
        SocketClient direSocket = SocketClient.connect(seed.app, base, seed.app.uri("").toString(), dire.cookie("sessionid"));
        assertEquals("initial_state", message(radiantSocket).getString("type"));
        assertEquals("initial_state", message(direSocket).getString("type"));
        assertEquals(200, radiant.post(base + "set-ready/", null).status());
        assertEquals("rolling", dire.post(base + "set-ready/", null).object().getString("state"));
        JsonObject rolled = radiant.post(base + "trigger-roll/", null).object();
        assertEquals("choosing", rolled.getString("state"));
        boolean radiantWon = rolled.getJsonObject("roll_winner").getInt("id") == teams.getJsonObject(0).getInt("id");
        Api winner = radiantWon ? radiant : dire;
        Api loser = radiantWon ? dire : radiant;
        assertEquals(200, winner.post(base + "submit-choice/", "{\"choice_type\": \"pick_order\", \"value\": \"first\"}").status());
        JsonObject drafting = loser.post(base + "submit-choice/", "{\"choice_type\": \"side\", \"value\": \"radiant\"}").object();
        assertEquals("drafting", drafting.getString("state"));
        assertEquals(24, drafting.getJsonArray("rounds").size());

        Reply early = anonymous.post("/api/tests/herodraft/999999/force-timeout/", null);
        assertEquals(404, early.status());
        JsonObject state = drafting;
        int timedOutRound = 3;
        while (state.getString("state").equals("drafting")) {
            radiantSocket.send(HEARTBEAT);
            direSocket.send(HEARTBEAT);
            int round = state.getInt("current_round") + 1;
            JsonObject active = state.getJsonArray("rounds").getJsonObject(round - 1);
            if (round == timedOutRound) {
                Reply forced = anonymous.post("/api/tests/herodraft/2/force-timeout/", null);
                assertEquals(200, forced.status(), forced.toString());
                state = forced.object();
                assertTrue(state.getJsonArray("rounds").getJsonObject(round - 1).getInt("hero_id") > 0, "auto-picked");
                JsonObject timeout = heroDraftEvent(radiantSocket, "round_timeout");
                assertEquals(round, timeout.getJsonObject("draft_state").getInt("current_round"),
                        "the state message carries the draft after the auto-pick: the next round (0-based) is active");
                continue;
            }
            Api captain = active.getInt("draft_team") == state.getJsonObject("roll_winner").getInt("id") ? winner : loser;
            int hero = captain.get(base + "list-available-heroes/").object().getJsonArray("available_heroes").getInt(0);
            Reply picked = captain.post(base + "submit-pick/", "{\"hero_id\": " + hero + "}");
            if (picked.status() != 200) {
                fail("round " + round + ": " + picked + " after " + captain.get(base + "list-events/").body());
            }
            state = picked.object();
        }
        assertEquals("completed", state.getString("state"));
        JsonObject last = heroDraftEvent(direSocket, "hero_selected");
        while (!last.getJsonObject("draft_state").getString("state").equals("completed")) {
            last = heroDraftEvent(direSocket, "hero_selected");
        }
        assertEquals(24, last.getJsonObject("draft_state").getJsonArray("rounds").getJsonObject(23).getInt("round_number"),
                "the other captain's socket saw the last pick complete the draft");
        radiantSocket.close();
        direSocket.close();
        assertEquals(24, state.getJsonArray("rounds").getValuesAs(JsonObject.class).stream().map(r -> r.getInt("hero_id"))
                .distinct().count());
        assertEquals(1, radiant.get(base + "list-events/").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("event_type").equals("round_timeout")).count());

        Reply afterEnd = anonymous.post("/api/tests/herodraft/2/force-timeout/", null);
        assertEquals(400, afterEnd.status());
        assertEquals("{\"error\":\"Cannot force timeout in state 'completed'\"}", afterEnd.body());
        JsonObject reset = anonymous.post("/api/tests/herodraft/2/reset/", null).object();
        assertEquals("waiting_for_captains", reset.getString("state"));
        assertEquals(0, reset.getJsonArray("rounds").size());
        assertEquals("draft_reset", radiant.get(base + "list-events/").array().getJsonObject(0).getString("event_type"));
    }

    @Test
    void heroDraftKeysForceTheirStatesAndTheDemoResets() {
        resetAll();
        Api api = seed.app.api();
        JsonObject demo = api.get("/api/tests/herodraft-by-key/demo_herodraft/").object();
        assertEquals(1, demo.getInt("id"));
        assertEquals(39, demo.getJsonObject("game").getInt("pk"));
        assertEquals("vrm.mtl", demo.getJsonArray("draft_teams").getJsonObject(0).getJsonObject("captain").getString("username"));
        assertEquals("rolling", api.get("/api/tests/herodraft-by-key/rolling_phase/").object().getString("state"));
        JsonObject choosing = api.get("/api/tests/herodraft-by-key/choosing_phase/").object();
        assertEquals("choosing", choosing.getString("state"));
        assertNotNull(choosing.getJsonObject("roll_winner"));
        JsonObject drafting = api.get("/api/tests/herodraft-by-key/drafting_phase/").object();
        assertEquals("drafting", drafting.getString("state"));
        assertEquals(24, drafting.getJsonArray("rounds").size());
        assertEquals("active", drafting.getJsonArray("rounds").getJsonObject(0).getString("state"));
        JsonObject rewound = api.get("/api/tests/herodraft-by-key/waiting_phase/").object();
        assertEquals(drafting.getInt("id"), rewound.getInt("id"), "the Real Tournament 38 keys share one draft");
        assertEquals("waiting_for_captains", rewound.getString("state"));
        assertEquals(0, rewound.getJsonArray("rounds").size());
        Reply unknown = api.get("/api/tests/herodraft-by-key/nope/");
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().startsWith("{\"error\":\"Unknown herodraft test key: nope. Available: ['waiting_phase'"), unknown.body());

        JsonObject demoGet = api.get("/api/tests/demo/demo_herodraft/").object();
        assertEquals(39, demoGet.getInt("game_pk"));
        assertEquals(1, demoGet.getJsonObject("herodraft").getInt("id"));
        JsonObject demoReset = api.post("/api/tests/demo/demo_herodraft/reset/", null).object();
        assertEquals("reset", demoReset.getString("status"));
        assertEquals(1, demoReset.getInt("herodraft_pk"));
        assertEquals("waiting_for_captains", demoReset.getString("herodraft_state"));
        Reply waiting = api.post("/api/tests/herodraft/1/force-timeout/", null);
        assertEquals("{\"error\":\"Cannot force timeout in state 'waiting_for_captains'\"}", waiting.body());
    }

    /** The next {@code herodraft_event} of that type; ticks and other events on the way are skipped. */
    private static JsonObject heroDraftEvent(SocketClient socket, String eventType) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject next = message(socket);
            if ("herodraft_event".equals(next.getString("type")) && eventType.equals(next.getString("event_type"))) {
                return next;
            }
        }
        throw new AssertionError("no " + eventType + " within " + WAIT);
    }

    /** created_at / updated_at are "now" of the seeding run (docs/e2e-seed.md §3). */
    static String withoutTimestamps(String json) {
        return json.replaceAll("\"(created_at|updated_at)\":\"[^\"]*\"", "");
    }

    private Api loginAsDiscord(String discordId) {
        Api api = seed.app.api();
        Reply reply = api.post("/api/tests/login-as-discord/", "{\"discord_id\": \"" + discordId + "\"}");
        assertEquals(200, reply.status(), reply.toString());
        return api;
    }

    private static JsonObject message(SocketClient socket) throws InterruptedException {
        String text = socket.nextMessage(WAIT);
        assertNotNull(text, "a message within " + WAIT);
        return Json.createReader(new StringReader(text)).readObject();
    }
}
