package gg.pickban.herodraft.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.herodraft.HeroDraftArrange;
import gg.pickban.herodraft.RedisTap;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Await;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.tournament.Fixtures;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hero-draft HTTP endpoints (docs/rules.md §5) against a running instance: status, body,
 * database rows and the messages published on Redis for {@code herodraft_<id>}, per role.
 */
@ExtendWith(SharedApp.class)
class HeroDraftIT {

    static final Set<String> HERO_DRAFT_KEYS = Set.of("pk", "id", "game", "tournament_id", "state", "roll_winner", "draft_teams",
            "rounds", "current_round", "is_manual_pause", "created_at", "updated_at");
    static final Set<String> DRAFT_TEAM_KEYS = Set.of("id", "tournament_team", "captain", "team_name", "members", "is_first_pick",
            "is_radiant", "reserve_time_remaining", "is_ready", "is_connected");
    static final Set<String> ROUND_KEYS = Set.of("id", "round_number", "action_type", "hero_id", "state", "grace_time_ms",
            "started_at", "completed_at", "draft_team", "team_name");
    static final String NOT_LOGGED_IN = "{\"detail\":\"Authentication credentials were not provided.\"}";
    static final String NOT_FOUND = "{\"detail\":\"Not found.\"}";
    static final String NOT_A_CAPTAIN = "{\"error\":\"You are not a captain in this draft\"}";

    private RedisTap tap;

    @BeforeEach
    void listen() {
        tap = new RedisTap();
    }

    @AfterEach
    void stop() {
        tap.close();
    }

    static String path(long draft, String action) {
        return "/api/herodraft/" + draft + "/" + action + "/";
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    static void assertError(Reply reply, int status, String body) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(body, reply.body());
    }

    static Long count(String sql, Object... parameters) {
        return Fixtures.number(sql, parameters);
    }

    /** An action message as docs/api.md §7 has it; answers it. */
    JsonObject actionMessage(long draft, String eventType, Long team) {
        JsonObject message = tap.next(draft);
        assertEquals("herodraft_event", message.getString("type"));
        assertEquals(eventType, message.getString("event_type"), message.toString());
        Set<String> keys = team == null ? Set.of("type", "event_type", "event_id", "metadata", "timestamp", "draft_state")
                : Set.of("type", "event_type", "event_id", "draft_team", "metadata", "timestamp", "draft_state");
        assertEquals(keys, message.keySet(), message.toString());
        if (team != null) {
            assertEquals(team, id(message.getJsonObject("draft_team")));
            assertEquals(DRAFT_TEAM_KEYS, message.getJsonObject("draft_team").keySet());
        }
        assertTrue(message.getString("timestamp").endsWith("+00:00"), message.getString("timestamp"));
        assertEquals(1, count("SELECT COUNT(*) FROM hero_draft_event WHERE id = ? AND event_type = ?",
                message.getJsonNumber("event_id").longValue(), eventType), "the stored event of " + message);
        assertEquals(HERO_DRAFT_KEYS, message.getJsonObject("draft_state").keySet());
        return message;
    }

    record Drafting(HeroDraftArrange game, long draft, Api first, Api second, long firstTeam, long secondTeam, JsonObject body) {
    }

    /** Created, both ready, rolled, the winner takes first pick, the loser radiant: round 1 active for the winner. */
    Drafting drafting(AppProcess app) {
        HeroDraftArrange g = HeroDraftArrange.arrange();
        Api a = Logins.as(app, g.captainA());
        Api b = Logins.as(app, g.captainB());
        long draft = id(a.post(g.create(), "{}").object());
        assertEquals(200, a.post(path(draft, "set-ready"), null).status());
        assertEquals(200, b.post(path(draft, "set-ready"), null).status());
        JsonObject rolled = b.post(path(draft, "trigger-roll"), null).object();
        JsonObject winner = rolled.getJsonObject("roll_winner");
        boolean aWon = winner.getJsonObject("captain").getJsonNumber("pk").longValue() == g.captainA();
        Api first = aWon ? a : b;
        Api second = aWon ? b : a;
        assertEquals(200, first.post(path(draft, "submit-choice"), "{\"choice_type\": \"pick_order\", \"value\": \"first\"}").status());
        Reply chosen = second.post(path(draft, "submit-choice"), "{\"choice_type\": \"side\", \"value\": \"radiant\"}");
        assertEquals(200, chosen.status(), chosen.body());
        List<JsonObject> teams = chosen.object().getJsonArray("draft_teams").getValuesAs(JsonObject.class);
        long firstTeam = id(winner);
        long secondTeam = teams.stream().mapToLong(HeroDraftIT::id).filter(t -> t != firstTeam).findFirst().orElseThrow();
        for (int i = 0; i < 6; i++) {
            tap.next(draft);
        }
        return new Drafting(g, draft, first, second, firstTeam, secondTeam, chosen.object());
    }

    @Test
    void anyLoggedInUserCreatesOnceAndAgainGetsTheSameDraft(AppProcess app) {
        HeroDraftArrange g = HeroDraftArrange.arrange();
        assertError(Logins.anonymous(app).post(g.create(), "{}"), 403, NOT_LOGGED_IN);
        Api user = Logins.user(app);
        assertError(user.post("/api/games/999999999/create-herodraft/", "{}"), 404, NOT_FOUND);

        Reply created = user.post(g.create(), "{\"radiant_team_id\": 1, \"dire_team_id\": 2}");
        assertEquals(201, created.status(), created.body());
        JsonObject draft = created.object();
        assertEquals(HERO_DRAFT_KEYS, draft.keySet());
        assertEquals(id(draft), draft.getJsonNumber("pk").longValue());
        assertEquals(g.game(), draft.getJsonNumber("game").longValue());
        assertEquals(g.tournament(), draft.getJsonNumber("tournament_id").longValue());
        assertEquals("waiting_for_captains", draft.getString("state"));
        assertTrue(draft.isNull("roll_winner"));
        assertTrue(draft.isNull("current_round"));
        assertEquals(0, draft.getJsonArray("rounds").size());
        assertFalse(draft.getBoolean("is_manual_pause"));
        List<JsonObject> teams = draft.getJsonArray("draft_teams").getValuesAs(JsonObject.class);
        assertEquals(2, teams.size());
        assertTrue(id(teams.get(0)) < id(teams.get(1)));
        assertEquals(List.of(g.teamA(), g.teamB()), teams.stream().map(t -> t.getJsonNumber("tournament_team").longValue()).toList());
        JsonObject teamA = teams.get(0);
        assertEquals(DRAFT_TEAM_KEYS, teamA.keySet());
        assertEquals(g.captainA(), teamA.getJsonObject("captain").getJsonNumber("pk").longValue());
        assertEquals(List.of(g.captainA(), g.memberA()).stream().sorted().toList(), teamA.getJsonArray("members")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getJsonNumber("pk").longValue()).toList());
        assertEquals(90000, teamA.getInt("reserve_time_remaining"));
        assertTrue(teamA.isNull("is_first_pick") && teamA.isNull("is_radiant"));
        assertFalse(teamA.getBoolean("is_ready") || teamA.getBoolean("is_connected"));

        JsonObject message = actionMessage(id(draft), "draft_created", null);
        assertEquals("{}", message.getJsonObject("metadata").toString());
        assertEquals(draft, message.getJsonObject("draft_state"));
        assertEquals(1, count("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ?", id(draft)), "D23: one event");
        assertEquals(1, count("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ? AND event_type = 'draft_created'"
                + " AND metadata LIKE '%\"created_by\":%' AND draft_team_id IS NULL", id(draft)));
        assertEquals(g.teamA(), count("SELECT radiant_team_id FROM game WHERE id = ?", g.game()), "occupied slots stay");

        Reply again = Logins.as(app, g.captainB()).post(g.create().replaceAll("/$", ""), "{}");
        assertEquals(200, again.status(), "D21");
        assertEquals(id(draft), id(again.object()));
        assertEquals(1, count("SELECT COUNT(*) FROM hero_draft WHERE game_id = ?", g.game()));
        assertEquals(id(draft), app.api().get("/api/games/" + g.game() + "/").object().getJsonNumber("herodraft_id").longValue());
        assertEquals(draft.getString("created_at"), app.api().get("/api/herodraft/" + id(draft)).object().getString("created_at"));
    }

    @Test
    void createNeedsBothSlotsFromTheTournamentAndBothCaptainsAndSavesNothingOtherwise(AppProcess app) {
        HeroDraftArrange g = HeroDraftArrange.arrange();
        Api user = Logins.user(app);
        long noDire = Fixtures.game(g.tournament(), null, g.teamA(), null, null, null);
        String create = "/api/games/" + noDire + "/create-herodraft/";
        assertError(user.post(create, "{}"), 400, "{\"error\":\"Game must have both radiant and dire teams assigned\"}");
        long elsewhere = Fixtures.team(Fixtures.tournament("other", java.time.Instant.now(), null), "X", g.captainB(), null);
        assertError(user.post(create, "{\"radiant_team_id\": " + g.teamB() + ", \"dire_team_id\": " + elsewhere + "}"), 400,
                "{\"error\":\"Dire team with id " + elsewhere + " not found\"}");
        assertError(user.post(create, "{\"dire_team_id\": \"abc\"}"), 400, "{\"error\":\"Dire team with id abc not found\"}");
        long captainless = Fixtures.team(g.tournament(), "No Captain", null, null);
        assertError(user.post(create, "{\"dire_team_id\": " + captainless + "}"), 400,
                "{\"error\":\"Both teams must have captains assigned\"}");
        assertNull(count("SELECT dire_team_id FROM game WHERE id = ?", noDire), "nothing saved, not even the slot");
        assertEquals(0, count("SELECT COUNT(*) FROM hero_draft WHERE game_id = ?", noDire));
        long noRadiant = Fixtures.game(g.tournament(), null, null, g.teamB(), null, null);
        assertError(user.post("/api/games/" + noRadiant + "/create-herodraft/", "{\"radiant_team_id\": 999999999}"), 400,
                "{\"error\":\"Radiant team with id 999999999 not found\"}");

        Reply filled = user.post(create, "{\"radiant_team_id\": " + g.teamB() + ", \"dire_team_id\": " + g.teamB() + "}");
        assertEquals(201, filled.status(), filled.body());
        assertEquals(g.teamB(), count("SELECT dire_team_id FROM game WHERE id = ?", noDire), "the empty slot was filled");
    }

    @Test
    void readyRollAndChoicesWithTheirGuardsAndBroadcasts(AppProcess app) {
        HeroDraftArrange g = HeroDraftArrange.arrange();
        Api a = Logins.as(app, g.captainA());
        Api b = Logins.as(app, g.captainB());
        Api member = Logins.as(app, g.memberA());
        Api staff = Logins.staff(app);
        long draft = id(a.post(g.create(), "{}").object());
        tap.next(draft);
        assertError(app.api().post(path(draft, "set-ready"), null), 403, NOT_LOGGED_IN);
        assertError(member.post(path(draft, "set-ready"), null), 403, NOT_A_CAPTAIN);
        assertError(staff.post(path(draft, "trigger-roll"), null), 400, "{\"error\":\"Cannot trigger roll in state 'waiting_for_captains'\"}");

        JsonObject one = a.post(path(draft, "set-ready"), null).object();
        assertEquals("waiting_for_captains", one.getString("state"));
        JsonObject teamA = one.getJsonArray("draft_teams").getJsonObject(0);
        assertTrue(teamA.getBoolean("is_ready") && teamA.getBoolean("is_connected"));
        JsonObject ready = actionMessage(draft, "captain_ready", id(teamA));
        assertEquals("{}", ready.getJsonObject("metadata").toString());
        assertEquals(200, a.post("/api/herodraft/" + draft + "/set-ready", null).status(), "idempotent, no slash");
        tap.next(draft);
        assertEquals("rolling", b.post(path(draft, "set-ready"), null).object().getString("state"));
        tap.next(draft);
        assertError(b.post(path(draft, "set-ready"), null), 400, "{\"error\":\"Cannot set ready in state 'rolling'\"}");
        assertError(staff.post(path(draft, "trigger-roll"), null), 403, NOT_A_CAPTAIN);

        JsonObject rolled = a.post(path(draft, "trigger-roll"), null).object();
        assertEquals("choosing", rolled.getString("state"));
        JsonObject winner = rolled.getJsonObject("roll_winner");
        assertEquals(DRAFT_TEAM_KEYS, winner.keySet());
        actionMessage(draft, "roll_result", id(winner));
        assertEquals(1, count("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ? AND event_type = 'roll_result'"
                + " AND draft_team_id = ? AND metadata LIKE ?", draft, id(winner), "%\"triggered_by\":" + id(teamA) + "%"));
        assertEquals(id(winner), count("SELECT roll_winner_id FROM hero_draft WHERE id = ?", draft));
        assertError(b.post(path(draft, "trigger-roll"), null), 400, "{\"error\":\"Cannot trigger roll in state 'choosing'\"}");

        boolean aWon = winner.getJsonObject("captain").getJsonNumber("pk").longValue() == g.captainA();
        Api winning = aWon ? a : b;
        Api losing = aWon ? b : a;
        assertError(losing.post(path(draft, "submit-choice"), "{\"choice_type\": \"side\", \"value\": \"radiant\"}"), 403,
                "{\"error\":\"Roll winner must choose first\"}");
        assertError(winning.post(path(draft, "submit-choice"), "{\"choice_type\": \"invalid\", \"value\": \"first\"}"), 400,
                "{\"error\":\"choice_type must be 'pick_order' or 'side'\"}");
        assertError(winning.post(path(draft, "submit-choice"), "{\"choice_type\": \"pick_order\", \"value\": 1}"), 400,
                "{\"error\":\"value must be 'first' or 'second' for pick_order\"}");
        assertError(member.post(path(draft, "submit-choice"), "{}"), 403, NOT_A_CAPTAIN);
        Reply first = winning.post(path(draft, "submit-choice"), "{\"choice_type\": \"pick_order\", \"value\": \"first\"}");
        assertEquals("choosing", first.object().getString("state"));
        actionMessage(draft, "choice_made", id(winner));
        Reply second = losing.post(path(draft, "submit-choice"), "{\"choice_type\": \"side\", \"value\": \"radiant\"}");
        assertEquals(200, second.status(), second.body());
        JsonObject drafting = second.object();
        assertEquals("drafting", drafting.getString("state"));
        assertEquals(0, drafting.getInt("current_round"));
        List<JsonObject> rounds = drafting.getJsonArray("rounds").getValuesAs(JsonObject.class);
        assertEquals(24, rounds.size());
        assertEquals(ROUND_KEYS, rounds.get(0).keySet());
        assertEquals("active", rounds.get(0).getString("state"));
        assertFalse(rounds.get(0).isNull("started_at"));
        assertEquals(id(winner), rounds.get(0).getJsonNumber("draft_team").longValue());
        assertEquals("ban", rounds.get(0).getString("action_type"));
        assertEquals(30000, rounds.get(0).getInt("grace_time_ms"));
        assertTrue(rounds.get(1).isNull("started_at"));
        assertEquals(24, count("SELECT COUNT(*) FROM hero_draft_round WHERE draft_id = ?", draft));
        assertEquals(0, count("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ? AND event_type = 'round_started'", draft));
        long loserTeam = drafting.getJsonArray("draft_teams").getValuesAs(JsonObject.class).stream().mapToLong(HeroDraftIT::id)
                .filter(t -> t != id(winner)).findFirst().orElseThrow();
        JsonObject made = actionMessage(draft, "choice_made", loserTeam);
        assertEquals("drafting", made.getJsonObject("draft_state").getString("state"));
    }

    @Test
    void picksWithTheirChecksInOrder(AppProcess app) {
        Drafting d = drafting(app);
        long draft = d.draft();
        assertError(d.second().post(path(draft, "submit-pick"), "{\"hero_id\": 2}"), 400, "{\"error\":\"Not your turn\"}");
        assertError(Logins.as(app, d.game().memberA()).post(path(draft, "submit-pick"), "{\"hero_id\": 2}"), 403, NOT_A_CAPTAIN);
        assertError(Logins.staff(app).post(path(draft, "submit-pick"), "{\"hero_id\": 2}"), 403, NOT_A_CAPTAIN);
        assertError(d.first().post(path(draft, "submit-pick"), "{}"), 400, "{\"error\":\"hero_id is required\"}");
        assertError(d.first().post(path(draft, "submit-pick"), "{\"hero_id\": null}"), 400, "{\"error\":\"hero_id is required\"}");
        assertError(d.first().post(path(draft, "submit-pick"), "{\"hero_id\": \"abc\"}"), 400, "{\"error\":\"hero_id must be an integer\"}");
        assertError(d.first().post(path(draft, "submit-pick"), "{\"hero_id\": true}"), 400, "{\"error\":\"hero_id must be an integer\"}");
        for (String unknown : List.of("24", "0", "156", "99999999999999999999999")) {
            assertError(d.first().post(path(draft, "submit-pick"), "{\"hero_id\": " + unknown + "}"), 400,
                    "{\"error\":\"Hero is not available (already picked or banned)\"}");
        }
        Reply banned = d.first().post(path(draft, "submit-pick"), "{\"hero_id\": \"1\"}");
        assertEquals(200, banned.status(), banned.body());
        JsonObject round1 = banned.object().getJsonArray("rounds").getJsonObject(0);
        assertEquals(1, round1.getInt("hero_id"));
        assertEquals("completed", round1.getString("state"));
        assertEquals(1, banned.object().getInt("current_round"));
        JsonObject message = actionMessage(draft, "hero_selected", d.firstTeam());
        assertEquals("{\"hero_id\":1,\"action_type\":\"ban\",\"round_number\":1}", message.getJsonObject("metadata").toString());
        assertEquals(2, count("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ?"
                + " AND event_type IN ('hero_selected', 'round_started')", draft));
        assertNull(tap.next(draft, Duration.ofMillis(300)), "one broadcast per pick");
        assertError(d.first().post(path(draft, "submit-pick"), "{\"hero_id\": 1}"), 400,
                "{\"error\":\"Hero is not available (already picked or banned)\"}");

        Reply heroes = d.second().get(path(draft, "list-available-heroes"));
        List<Integer> available = heroes.object().getJsonArray("available_heroes").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::intValue).toList();
        assertEquals(126, available.size());
        assertFalse(available.contains(1));
        assertEquals(available.stream().sorted().toList(), available);
        assertError(app.api().get(path(draft, "list-available-heroes")), 403, NOT_LOGGED_IN);

        List<JsonObject> events = Logins.user(app).get(path(draft, "list-events")).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("draft_created", "captain_ready", "captain_ready", "roll_result", "choice_made", "choice_made",
                "hero_selected", "round_started"), events.stream().map(e -> e.getString("event_type")).toList());
        assertEquals(Set.of("id", "event_type", "draft_team", "metadata", "created_at"), events.get(0).keySet());
        assertTrue(events.get(0).isNull("draft_team"));
        assertEquals(d.firstTeam(), id(events.get(6).getJsonObject("draft_team")));
        JsonObject selected = events.get(6).getJsonObject("metadata");
        assertEquals(Set.of("round_number", "hero_id", "action_type", "time_elapsed_ms", "reserve_used_ms"), selected.keySet());
        assertError(app.api().get(path(draft, "list-events")), 403, NOT_LOGGED_IN);
    }

    @Test
    void concurrentPicksForOneRoundRecordExactlyOneHero(AppProcess app) throws Exception {
        Drafting d = drafting(app);
        assertEquals(200, d.first().post(path(d.draft(), "submit-pick"), "{\"hero_id\": 1}").status());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int hero = 2; hero <= 7; hero++) {
                String body = "{\"hero_id\": " + hero + "}";
                replies.add(pool.submit((Callable<Reply>) () -> d.first().post(path(d.draft(), "submit-pick"), body)));
            }
            int ok = 0;
            for (Future<Reply> reply : replies) {
                Reply answered = reply.get();
                if (answered.status() == 200) {
                    ok++;
                } else {
                    assertError(answered, 400, "{\"error\":\"Not your turn\"}");
                }
            }
            assertEquals(1, ok);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, count("SELECT COUNT(*) FROM hero_draft_round WHERE draft_id = ? AND hero_id IS NOT NULL", d.draft()));
        assertEquals(2, count("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ? AND event_type = 'hero_selected'", d.draft()));
        assertEquals(3, count("SELECT round_number FROM hero_draft_round WHERE draft_id = ? AND state = 'active'", d.draft()));
    }

    @Test
    void pauseResumeAbandonAndResetPerRole(AppProcess app) throws InterruptedException {
        Drafting d = drafting(app);
        long draft = d.draft();
        long leagueSteward = Fixtures.user(null);
        Fixtures.leagueStaff(d.game().league(), leagueSteward);
        Api steward = Logins.as(app, leagueSteward);
        Api user = Logins.user(app);
        assertError(app.api().post(path(draft, "pause"), null), 403, NOT_LOGGED_IN);
        assertError(user.post(path(draft, "pause"), null), 403, "{\"error\":\"You are not authorized to pause this draft\"}");
        JsonObject paused = steward.post(path(draft, "pause"), null).object();
        assertEquals("paused", paused.getString("state"));
        assertTrue(paused.getBoolean("is_manual_pause"));
        JsonObject pauseMessage = actionMessage(draft, "draft_paused", null);
        assertEquals("{}", pauseMessage.getJsonObject("metadata").toString());
        assertEquals(1, count("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ? AND event_type = 'draft_paused'"
                + " AND metadata LIKE '%\"is_staff\":true%' AND metadata LIKE '%\"is_captain\":false%'", draft));
        assertNotNull(count("SELECT COUNT(*) FROM hero_draft WHERE id = ? AND paused_at IS NOT NULL", draft));
        assertError(d.first().post(path(draft, "pause"), null), 400, "{\"error\":\"Cannot pause draft in state 'paused'\"}");
        assertError(user.post(path(draft, "resume"), null), 403, "{\"error\":\"You are not authorized to resume this draft\"}");

        JsonObject resuming = d.second().post(path(draft, "resume"), null).object();
        assertEquals("resuming", resuming.getString("state"));
        assertFalse(resuming.getBoolean("is_manual_pause"));
        actionMessage(draft, "resume_countdown", d.secondTeam());
        assertEquals(1, count("SELECT COUNT(*) FROM hero_draft WHERE id = ? AND resuming_until IS NOT NULL AND paused_at IS NULL", draft));
        // the countdown runs on the server's clock: ask until it has ended, as a client would (bounded)
        JsonObject resumed = Await.until(() -> app.api().get("/api/herodraft/" + draft + "/").object(),
                loaded -> !"resuming".equals(loaded.getString("state")), Duration.ofSeconds(30), "the countdown's end");
        assertEquals("drafting", resumed.getString("state"), "D26: the first loader completes the countdown");
        JsonObject stateMessage = tap.next(draft);
        assertEquals(Set.of("type", "event_type", "draft_state"), stateMessage.keySet(), "a state message");
        assertEquals("draft_resumed", stateMessage.getString("event_type"));
        assertEquals(1, count("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ? AND event_type = 'draft_resumed'", draft));

        assertError(user.post(path(draft, "abandon"), null), 403, "{\"error\":\"You are not authorized to abandon this draft\"}");
        assertError(steward.post(path(draft, "abandon"), null), 403, "{\"error\":\"You are not authorized to abandon this draft\"}");
        JsonObject abandoned = Logins.staff(app).post(path(draft, "abandon"), null).object();
        assertEquals("abandoned", abandoned.getString("state"));
        actionMessage(draft, "draft_abandoned", null);
        assertError(d.first().post(path(draft, "abandon"), null), 400, "{\"error\":\"Cannot abandon draft in state 'abandoned'\"}");

        assertError(app.api().post(path(draft, "reset"), null), 403, NOT_LOGGED_IN);
        assertError(d.first().post(path(draft, "reset"), null), 403, "{\"error\":\"Only admins can reset a draft\"}");
        assertError(user.post(path(999999999, "reset"), null), 403, "{\"error\":\"Only admins can reset a draft\"}");
        assertError(Logins.staff(app).post(path(999999999, "reset"), null), 404, NOT_FOUND);
        JsonObject reset = Logins.superuser(app).post(path(draft, "reset"), null).object();
        assertEquals("waiting_for_captains", reset.getString("state"));
        assertEquals(0, reset.getJsonArray("rounds").size());
        assertTrue(reset.isNull("roll_winner"));
        for (JsonObject team : reset.getJsonArray("draft_teams").getValuesAs(JsonObject.class)) {
            assertEquals(90000, team.getInt("reserve_time_remaining"));
            assertTrue(team.isNull("is_first_pick") && team.isNull("is_radiant"));
            assertFalse(team.getBoolean("is_ready") || team.getBoolean("is_connected"));
        }
        actionMessage(draft, "draft_reset", null);
        assertEquals(1, count("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ?", draft));
        assertEquals(0, count("SELECT COUNT(*) FROM hero_draft_round WHERE draft_id = ?", draft));
    }

    @Test
    void unknownDraftsAre404ForLoggedInCallersAnd403ForAnonymousOnes(AppProcess app) {
        Api user = Logins.user(app);
        for (String action : List.of("set-ready", "trigger-roll", "submit-choice", "submit-pick", "abandon", "pause", "resume")) {
            assertError(user.post(path(999999999, action), "{}"), 404, NOT_FOUND);
            assertError(user.post("/api/herodraft/999999999/" + action, "{}"), 404, NOT_FOUND);
            assertError(app.api().post(path(999999999, action), "{}"), 403, NOT_LOGGED_IN);
        }
        for (String read : List.of("list-events", "list-available-heroes")) {
            assertError(user.get(path(999999999, read)), 404, NOT_FOUND);
        }
        assertError(app.api().get("/api/herodraft/999999999/"), 404, NOT_FOUND);
    }

    @Test
    void captainsSeeTheirOpenHeroDraftsInCurrentUser(AppProcess app) {
        HeroDraftArrange g = HeroDraftArrange.arrange();
        Api a = Logins.as(app, g.captainA());
        long draft = id(a.post(g.create(), "{}").object());
        JsonObject entry = a.get("/api/current_user").object().getJsonArray("active_drafts").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("hero_draft")).findFirst().orElseThrow();
        assertEquals(Set.of("type", "tournament_pk", "game_pk", "herodraft_pk", "draft_state"), entry.keySet());
        assertEquals(draft, entry.getJsonNumber("herodraft_pk").longValue());
        assertEquals(g.game(), entry.getJsonNumber("game_pk").longValue());
        assertEquals(g.tournament(), entry.getJsonNumber("tournament_pk").longValue());
        assertEquals("waiting_for_captains", entry.getString("draft_state"));
        assertTrue(Logins.as(app, g.memberA()).get("/api/current_user").object().getJsonArray("active_drafts").isEmpty());
        assertEquals(200, Logins.staff(app).post(path(draft, "abandon"), null).status());
        assertTrue(a.get("/api/current_user").object().getJsonArray("active_drafts").getValuesAs(JsonObject.class).stream()
                .noneMatch(e -> e.getString("type").equals("hero_draft")), "abandoned drafts are not listed");
    }

    @Test
    void aDraftGoesWithItsGameAndWithEitherTeam(AppProcess app) {
        Drafting d = drafting(app);
        assertEquals(200, d.first().post(path(d.draft(), "submit-pick"), "{\"hero_id\": 1}").status());
        Api staff = Logins.staff(app);
        assertEquals(204, staff.delete("/api/games/" + d.game().game() + "/").status());
        assertEquals(0, count("SELECT COUNT(*) FROM hero_draft WHERE id = ?", d.draft()));
        assertEquals(0, count("SELECT COUNT(*) FROM draft_team WHERE draft_id = ?", d.draft()));
        assertEquals(0, count("SELECT COUNT(*) FROM hero_draft_round WHERE draft_id = ?", d.draft()));
        assertEquals(0, count("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ?", d.draft()));
        assertError(staff.get("/api/herodraft/" + d.draft() + "/"), 404, NOT_FOUND);

        HeroDraftArrange g = HeroDraftArrange.arrange();
        long draft = id(Logins.as(app, g.captainA()).post(g.create(), "{}").object());
        assertEquals(204, staff.delete("/api/teams/" + g.teamB() + "/").status());
        assertEquals(0, count("SELECT COUNT(*) FROM hero_draft WHERE id = ?", draft));
        assertEquals(0, count("SELECT COUNT(*) FROM draft_team WHERE draft_id = ?", draft));
    }
}
