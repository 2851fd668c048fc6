package gg.pickban.draft.boundary;

import static gg.pickban.draft.DraftArrange.pick;
import static gg.pickban.draft.DraftArrange.pk;
import static gg.pickban.draft.DraftArrange.roundOf;
import static gg.pickban.tournament.Keys.assertKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.draft.DraftArrange;
import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.draft.DraftKeys;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.tournament.Fixtures;
import gg.pickban.tournament.Keys;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** pick_player and undo-pick (docs/rules.md §4.4; docs/decisions.md D16, D17) with every check in order, per role. */
@ExtendWith(SharedApp.class)
class DraftPickIT {

    private static final String PICK = "/api/tournaments/pick_player";
    private static final String UNDO = "/api/tournaments/undo-pick";

    private static List<Long> members(JsonObject full, long team) {
        return full.getJsonArray("teams").getValuesAs(JsonObject.class).stream().filter(t -> pk(t) == team).findFirst()
                .orElseThrow().getJsonArray("members").getValuesAs(JsonObject.class).stream().map(DraftArrange::pk).toList();
    }

    private static Long captainOf(JsonObject round) {
        return round.isNull("captain") ? null : pk(round.getJsonObject("captain"));
    }

    @Test
    void theRoundsCaptainPicksAndGetsTheTournamentBack(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900, 2800));
        Api captainA = Logins.as(app, t.captains().get(0));
        Reply reply = captainA.post(PICK, pick(t.round(1), t.players().get(1)));
        assertEquals(201, reply.status(), reply.body());
        JsonObject full = reply.object();
        assertKeys(Keys.TOURNAMENT_FULL, full);
        assertFalse(full.containsKey("tie_resolution"), "only after a shuffle tie");
        JsonObject round = roundOf(full.getJsonObject("draft"), 1);
        assertEquals(t.players().get(1), pk(round.getJsonObject("choice")));
        assertEquals(List.of(t.captains().get(0), t.players().get(1)), members(full, t.teams().get(0)));
        assertEquals(t.round(2), full.getJsonObject("draft").getJsonNumber("latest_round").longValue());
        assertEquals(List.of(t.players().get(0), t.players().get(2)), full.getJsonObject("draft").getJsonArray("users_remaining")
                .getValuesAs(JsonObject.class).stream().map(DraftArrange::pk).toList());

        Reply notTheirs = captainA.post(PICK, pick(t.round(2), t.players().get(0)));
        assertEquals(403, notTheirs.status());
        assertEquals("{\"error\":\"Only staff or the captain for this round can make picks\"}", notTheirs.body());
        Reply outOfTurn = captainA.post(PICK + "/", pick(t.round(4), t.players().get(0)));
        assertEquals(201, outOfTurn.status(), "the current round is deliberately not checked: " + outOfTurn.body());
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM draft_event WHERE draft_id = ? AND event_type = 'player_picked'"
                + " AND actor_id = ? AND payload LIKE ?", t.draft(), t.captains().get(0), "%\"pick_number\":1,%"));
    }

    @Test
    void pickChecksRunInTheContractsOrder(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "shuffle", List.of(5000, 4000), List.of(3000, 2900, 2800));
        Api user = Logins.user(app);
        long open = t.round(1);
        long captainless = t.round(2);

        Reply invalid = app.api().post(PICK, "{\"draft_round_pk\": \"x\"}");
        assertEquals(400, invalid.status(), "1: the body before the login");
        assertEquals("{\"draft_round_pk\":[\"A valid integer is required.\"],\"user_pk\":[\"This field is required.\"]}", invalid.body());
        assertEquals("{\"detail\":\"Authentication credentials were not provided.\"}", app.api().post(PICK, pick(999999999, 1)).body());
        Reply noRound = user.post(PICK, pick(999999999, 999999999));
        assertEquals(404, noRound.status());
        assertEquals("{\"error\":\"Draft round not found\"}", noRound.body());
        assertEquals("{\"error\":\"Only staff or the captain for this round can make picks\"}",
                user.post(PICK, pick(open, 999999999)).body(), "4 before 5");
        assertEquals("{\"error\":\"Only staff or the captain for this round can make picks\"}",
                Logins.as(app, t.captains().get(1)).post(PICK, pick(captainless, t.players().get(0))).body(),
                "D17: a non-staff caller on a captain-less round");
        Reply noUser = staff.post(PICK, pick(open, 999999999));
        assertEquals(404, noUser.status());
        assertEquals("{\"error\":\"User not found\"}", noUser.body());
        Reply noCaptain = staff.post(PICK, pick(captainless, t.players().get(0)));
        assertEquals(400, noCaptain.status());
        assertEquals("{\"error\":\"Failed to pick player. This draft round has no captain yet.\"}", noCaptain.body());
        for (long unavailable : List.of(t.captains().get(0), DraftArrange.user(9000))) {
            Reply refused = staff.post(PICK, pick(open, unavailable));
            assertEquals(400, refused.status());
            assertEquals("{\"error\":\"Failed to pick player. User is not available for drafting.\"}", refused.body());
        }
        assertEquals(201, Logins.as(app, t.captains().get(1)).post(PICK, pick(open, t.players().get(0))).status());
        Reply again = staff.post(PICK, pick(open, t.players().get(1)));
        assertEquals(400, again.status());
        assertEquals("{\"error\":\"Failed to pick player. This draft round already has a choice.\"}", again.body());
        Reply taken = staff.post(PICK, pick(t.round(2), t.players().get(0)));
        assertEquals("{\"error\":\"Failed to pick player. User is not available for drafting.\"}", taken.body());
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM team_members WHERE user_id = ?", t.players().get(0)),
                "refusals changed nothing");
    }

    @Test
    void aShuffleTieIsAnsweredAsTieResolutionAndTheRollsHoldTogether(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "shuffle", List.of(4000, 4000), List.of(1000, 1000, 1000, 1000));
        JsonObject first = roundOf(t.draftState(), 1);
        long firstCaptain = captainOf(first);
        Reply one = staff.post(PICK, pick(pk(first), t.players().get(0)));
        assertFalse(one.object().containsKey("tie_resolution"), "5000 against 4000 is no tie");
        JsonObject second = roundOf(one.object().getJsonObject("draft"), 2);
        long secondCaptain = captainOf(second);
        assertFalse(secondCaptain == firstCaptain);

        Reply two = staff.post(PICK, pick(pk(second), t.players().get(1)));
        assertEquals(201, two.status(), two.body());
        JsonObject tie = two.object().getJsonObject("tie_resolution");
        assertKeys(DraftKeys.TIE, tie);
        assertEquals(t.teams(), tie.getJsonArray("tied_teams").getValuesAs(JsonObject.class).stream()
                .map(x -> x.getJsonNumber("id").longValue()).toList());
        assertTrue(tie.getJsonArray("tied_teams").getValuesAs(JsonObject.class).stream().allMatch(x -> x.getInt("mmr") == 5000));
        JsonArray rounds = tie.getJsonArray("roll_rounds");
        JsonArray last = rounds.getJsonArray(rounds.size() - 1);
        JsonObject best = last.getValuesAs(JsonObject.class).stream().max((x, y) -> x.getInt("roll") - y.getInt("roll")).orElseThrow();
        assertEquals(1, last.getValuesAs(JsonObject.class).stream().filter(x -> x.getInt("roll") == best.getInt("roll")).count(),
                "the last roll round has one highest roll");
        assertEquals(best.getJsonNumber("team_id").longValue(), tie.getJsonNumber("winner_id").longValue());
        for (int i = 0; i < rounds.size() - 1; i++) {
            JsonArray roll = rounds.getJsonArray(i);
            int max = roll.getValuesAs(JsonObject.class).stream().mapToInt(x -> x.getInt("roll")).max().orElseThrow();
            assertEquals(roll.getValuesAs(JsonObject.class).stream().filter(x -> x.getInt("roll") == max).count(),
                    rounds.getJsonArray(i + 1).size(), "only those with the highest roll roll again");
        }
        long winnerTeam = tie.getJsonNumber("winner_id").longValue();
        JsonObject third = roundOf(two.object().getJsonObject("draft"), 3);
        assertEquals(winnerTeam, pk(third.getJsonObject("team")));
        assertEquals(List.of("t"), DraftArrange.strings("SELECT was_tie FROM draft_round WHERE id = ?", pk(third)));
        List<String> types = DraftArrange.eventTypes(t.draft());
        assertEquals(List.of("player_picked", "captain_assigned", "tie_roll"), types.subList(types.size() - 3, types.size()));
    }

    @Test
    void undoTakesBackTheHighestPickAndInShuffleOnlyFreesTheNextRound(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged snake = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900, 2800));
        assertEquals(201, staff.post(PICK, pick(snake.round(1), snake.players().get(0))).status());
        assertEquals(201, staff.post(PICK, pick(snake.round(3), snake.players().get(1))).status());
        Reply undone = staff.post(UNDO, "{\"draft_pk\": " + snake.draft() + "}");
        assertEquals(200, undone.status(), undone.body());
        assertKeys(Keys.TOURNAMENT_FULL, undone.object());
        JsonObject draft = undone.object().getJsonObject("draft");
        assertEquals(JsonValue.NULL, roundOf(draft, 3).get("choice"), "pick number 3, the highest");
        assertEquals(snake.captains().get(1), captainOf(roundOf(draft, 3)), "its captain stays");
        assertEquals(snake.captains().get(0), captainOf(roundOf(draft, 4)), "D16: snake keeps the next captain (A B B A)");
        assertEquals(List.of(snake.captains().get(1)), members(undone.object(), snake.teams().get(1)));
        assertEquals(snake.round(2), draft.getJsonNumber("latest_round").longValue());

        Arranged shuffle = DraftArrange.draft(staff, "shuffle", List.of(5000, 4000), List.of(3000, 2900, 2800));
        Reply picked = staff.post(PICK, pick(shuffle.round(1), shuffle.players().get(0)));
        assertEquals(shuffle.captains().get(0), captainOf(roundOf(picked.object().getJsonObject("draft"), 2)),
                "B 4000 took 3000: A 5000 is lowest now");
        JsonObject afterUndo = staff.post(UNDO + "/", "{\"draft_pk\": " + shuffle.draft() + "}").object().getJsonObject("draft");
        assertEquals(shuffle.captains().get(1), captainOf(roundOf(afterUndo, 1)));
        assertEquals(null, captainOf(roundOf(afterUndo, 2)), "D16: shuffle waits for the next captain again");
        assertEquals(shuffle.round(1), afterUndo.getJsonNumber("latest_round").longValue());
    }

    @Test
    void undoChecksPermissionBodyDraftAndPicks(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000), List.of(3000));
        String body = "{\"draft_pk\": " + t.draft() + "}";
        assertEquals("{\"detail\":\"Authentication credentials were not provided.\"}", app.api().post(UNDO, body).body());
        assertEquals("{\"detail\":\"You do not have permission to perform this action.\"}",
                Logins.as(app, t.captains().get(0)).post(UNDO, body).body(), "round captains may not undo");
        assertEquals("{\"draft_pk\":[\"This field is required.\"]}", staff.post(UNDO, "").body());
        Reply unknown = staff.post(UNDO, "{\"draft_pk\": 999999999}");
        assertEquals(404, unknown.status());
        assertEquals("{\"error\":\"Draft not found\"}", unknown.body());
        Reply nothing = staff.post(UNDO, body);
        assertEquals(400, nothing.status());
        assertEquals("{\"error\":\"No picks to undo\"}", nothing.body());
    }

    @Test
    void styleMmrsFollowTheWorkedExampleAndChangeWithThePlayers(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000, 6000, 4500),
                List.of(3000, 2900, 2800, 2700, 2600, 2500, 2400, 2300, 2200, 2100, 2000, 1900, 1800, 1700, 1600, 1500));
        Reply reply = app.api().post("/api/draft/get-style-mmrs", "{\"pk\": " + t.draft() + "}");
        assertEquals(201, reply.status(), reply.body());
        assertKeys(DraftKeys.DRAFT_MMRS, reply.object());
        assertEquals(t.draft(), pk(reply.object()));
        assertEquals(List.of(14000, 13500, 14600, 12900), List.of(reply.object().getInt("snake_first_pick_mmr"),
                reply.object().getInt("snake_last_pick_mmr"), reply.object().getInt("normal_first_pick_mmr"),
                reply.object().getInt("normal_last_pick_mmr")));

        Reply patched = staff.patch("/api/users/" + t.players().get(0) + "/", "{\"mmr\": 3100}");
        assertEquals(200, patched.status(), patched.body());
        assertEquals(14100, app.api().post("/api/draft/get-style-mmrs/", "{\"pk\": " + t.draft() + "}").object()
                .getInt("snake_first_pick_mmr"), "D10: a cached answer never outlives a change to a player");

        assertEquals("{\"error\":\"Draft not found\"}", app.api().post("/api/draft/get-style-mmrs", "{\"pk\": 999999999}").body());
        assertEquals("{\"pk\":[\"This field is required.\"]}", app.api().post("/api/draft/get-style-mmrs", "{}").body());
    }

    @Test
    void aCaptainsFirstOpenRoundInARunningTournamentIsAnActiveDraft(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900));
        Api captain = Logins.as(app, t.captains().get(1));
        assertEquals(0, captain.get("/api/current_user").object().getJsonArray("active_drafts").size(), "future tournament");
        assertEquals(200, staff.patch("/api/tournaments/" + t.tournament() + "/", "{\"state\": \"in_progress\"}").status());
        JsonArray active = captain.get("/api/current_user").object().getJsonArray("active_drafts");
        assertEquals(1, active.size());
        assertEquals(Json.createObjectBuilder().add("type", "team_draft").add("tournament_pk", t.tournament())
                .add("draft_state", "in_progress").build(), active.getJsonObject(0));
        assertEquals(201, staff.post(PICK, pick(t.round(2), t.players().get(0))).status());
        assertEquals(201, staff.post(PICK, pick(t.round(3), t.players().get(1))).status());
        assertEquals(active, captain.get("/api/current_user").object().getJsonArray("active_drafts"),
                "B still has rounds 6 and 7 open; whether they are current is not checked");
        assertEquals(200, staff.patch("/api/tournaments/" + t.tournament() + "/", "{\"state\": \"past\"}").status());
        assertEquals(0, captain.get("/api/current_user").object().getJsonArray("active_drafts").size());
    }

    @Test
    void deletingAUserKeepsTheRoundsWithNullCaptainAndChoice(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900));
        assertEquals(201, staff.post(PICK, pick(t.round(1), t.players().get(0))).status());
        assertEquals(204, staff.delete("/api/users/" + t.players().get(0) + "/").status());
        assertEquals(204, staff.delete("/api/users/" + t.captains().get(1) + "/").status());
        JsonObject draft = app.api().get("/api/tournaments/" + t.tournament() + "/").object().getJsonObject("draft");
        assertEquals(8, draft.getJsonArray("draft_rounds").size(), "D15: the rounds stay");
        assertEquals(JsonValue.NULL, roundOf(draft, 1).get("choice"));
        assertEquals(JsonValue.NULL, roundOf(draft, 2).get("captain"));
        assertEquals(JsonValue.NULL, roundOf(draft, 2).get("team"));
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM draft_event WHERE draft_id = ? AND actor_id IS NOT NULL", t.draft()));
    }

    @Test
    void deletingTheTournamentDeletesItsDraft(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "shuffle", List.of(5000), List.of(3000));
        assertEquals(204, staff.delete("/api/tournaments/" + t.tournament() + "/").status());
        assertEquals(404, app.api().get("/api/drafts/" + t.draft() + "/").status());
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM draft_round WHERE draft_id = ?", t.draft()));
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM draft_event WHERE draft_id = ?", t.draft()));
    }

    @Test
    void aSuperuserPassesEveryStaffCheck(AppProcess app) {
        Api superuser = Logins.superuser(app);
        Arranged t = DraftArrange.draft(superuser, "snake", List.of(5000, 4000), List.of(3000));
        assertEquals(201, superuser.post(PICK, pick(t.round(2), t.players().get(0))).status(), "D3: not the round's captain, still allowed");
        assertEquals(200, superuser.post(UNDO, "{\"draft_pk\": " + t.draft() + "}").status());
        assertEquals(201, superuser.post("/api/tournaments/draft-rebuild", "{\"tournament_pk\": " + t.tournament() + "}").status());
        assertEquals(200, superuser.patch("/api/drafts/" + t.draft() + "/", "{\"draft_style\": \"normal\"}").status());
    }
}
