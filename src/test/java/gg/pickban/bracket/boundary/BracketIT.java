package gg.pickban.bracket.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bracket read, save (reconcile, docs/decisions.md D48), generate, placement and advance-winner (docs/rules.md §6). */
@ExtendWith(SharedApp.class)
class BracketIT {

    private static final Set<String> GAME_KEYS = Set.of("pk", "round", "position", "bracket_type", "elimination_type",
            "radiant_team", "dire_team", "winning_team", "status", "next_game", "next_game_slot", "loser_next_game",
            "loser_next_game_slot", "swiss_record_wins", "swiss_record_losses", "gameid", "herodraft_id");

    /** A tournament with four captained teams; answers [tournament pk, team pks…]. */
    private static List<Long> fourTeams(Api staff) {
        List<Long> players = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            players.add(TestData.insertUser(TestData.unique("bracket"), null, null, null, 3000 + i, Instant.now()));
        }
        String ids = players.toString();
        long tournament = staff.post("/api/tournaments/", "{\"name\": \"Bracket Cup\", \"date_played\": \"2026-04-01\","
                + " \"tournament_type\": \"double_elimination\", \"user_ids\": " + ids + "}").object().getInt("pk");
        List<Long> result = new ArrayList<>(List.of(tournament));
        for (long player : players) {
            result.add((long) staff.post("/api/teams/", "{\"name\": \"T" + player + "\", \"tournament_id\": " + tournament
                    + ", \"captain_id\": " + player + ", \"member_ids\": [" + player + "]}").object().getInt("pk"));
        }
        return result;
    }

    private static String element(String id, String type, int round, int position, Long radiant, Long dire, String next,
            String nextSlot, String loserNext, String loserSlot, Long gameId) {
        return "{\"id\": \"" + id + "\", \"bracketType\": \"" + type + "\", \"round\": " + round + ", \"position\": " + position
                + ", \"eliminationType\": \"double\", \"radiantTeam\": " + team(radiant) + ", \"direTeam\": " + team(dire)
                + ", \"nextMatchId\": " + quoted(next) + ", \"nextMatchSlot\": " + quoted(nextSlot)
                + ", \"loserNextMatchId\": " + quoted(loserNext) + ", \"loserNextMatchSlot\": " + quoted(loserSlot)
                + (gameId == null ? "" : ", \"gameId\": " + gameId) + "}";
    }

    private static String team(Long pk) {
        return pk == null ? "null" : "{\"pk\": " + pk + ", \"name\": \"ignored\"}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String doubleElimination(List<Long> t) {
        return "{\"matches\": [" + String.join(", ",
                element("w-1-0", "winners", 1, 0, t.get(1), t.get(2), "w-2-0", "radiant", "l-1-0", "radiant", null),
                element("w-1-1", "winners", 1, 1, t.get(3), t.get(4), "w-2-0", "dire", "l-1-0", "dire", null),
                element("w-2-0", "winners", 2, 0, null, null, "gf-1-0", "radiant", "l-2-0", "dire", null),
                element("l-1-0", "losers", 1, 0, null, null, "l-2-0", "radiant", null, null, null),
                element("l-2-0", "losers", 2, 0, null, null, "gf-1-0", "dire", null, null, null),
                element("gf-1-0", "grand_finals", 1, 0, null, null, null, null, null, null, null)) + "]}";
    }

    private static JsonObject find(JsonArray matches, String type, int round, int position) {
        return matches.stream().map(JsonValue::asJsonObject).filter(g -> g.getString("bracket_type").equals(type)
                && g.getInt("round") == round && g.getInt("position") == position).findFirst().orElseThrow();
    }

    @Test
    void saveCreatesTheGamesWithTheirLinksAndGetReadsThemInOrder(AppProcess app) {
        Api staff = Logins.staff(app);
        List<Long> t = fourTeams(staff);
        Reply saved = staff.post("/api/bracket/tournaments/" + t.get(0) + "/save/", doubleElimination(t));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(t.get(0).intValue(), saved.object().getInt("tournamentId"));
        JsonArray matches = saved.object().getJsonArray("matches");
        assertEquals(6, matches.size());
        assertEquals(GAME_KEYS, matches.getJsonObject(0).keySet());
        assertEquals(List.of("grand_finals", "losers", "losers", "winners", "winners", "winners"),
                matches.stream().map(m -> m.asJsonObject().getString("bracket_type")).toList(), "GET order");

        JsonObject first = find(matches, "winners", 1, 0);
        JsonObject second = find(matches, "winners", 2, 0);
        assertEquals(second.getInt("pk"), first.getInt("next_game"));
        assertEquals("radiant", first.getString("next_game_slot"));
        assertEquals(find(matches, "losers", 1, 0).getInt("pk"), first.getInt("loser_next_game"));
        assertEquals(t.get(1).intValue(), first.getJsonObject("radiant_team").getInt("pk"));
        assertTrue(first.getJsonObject("radiant_team").containsKey("captain"), "winner buttons show the captain");
        assertEquals("pending", first.getString("status"));
        assertEquals(saved.body(), app.api().get("/api/bracket/tournaments/" + t.get(0) + "/").body());
    }

    @Test
    void saveKeepsGamesNamedByGameIdWithTheirSteamLinkAndDropsTheRest(AppProcess app) throws Exception {
        Api staff = Logins.staff(app);
        List<Long> t = fourTeams(staff);
        String path = "/api/bracket/tournaments/" + t.get(0) + "/save/";
        JsonArray first = staff.post(path, doubleElimination(t)).object().getJsonArray("matches");
        long kept = find(first, "winners", 1, 0).getInt("pk");
        try (var db = TestServices.database(); var st = db.createStatement()) {
            st.executeUpdate("UPDATE game SET gameid = 7777777 WHERE id = " + kept);
        }
        TestData.written();

        String body = "{\"matches\": [" + element("w-1-0", "winners", 1, 0, t.get(1), t.get(2), null, null, null, null, kept)
                .replace("}", ", \"winner\": \"dire\", \"status\": \"completed\", \"steamMatchId\": 1}") + ", "
                + element("w-1-1", "winners", 1, 1, t.get(3), t.get(4), null, null, null, null, null) + "]}";
        JsonArray matches = staff.post(path, body).object().getJsonArray("matches");
        assertEquals(2, matches.size(), "unreferenced games are deleted");
        JsonObject keptGame = find(matches, "winners", 1, 0);
        assertEquals(kept, keptGame.getInt("pk"), "pk kept");
        assertEquals(7777777, keptGame.getJsonNumber("gameid").longValue(), "Steam link kept");
        assertEquals(t.get(2).intValue(), keptGame.getJsonObject("winning_team").getInt("pk"));
        assertEquals("completed", keptGame.getString("status"));
        assertEquals(JsonValue.NULL, find(matches, "winners", 1, 1).get("gameid"));

        JsonArray again = staff.post(path, "{\"matches\": [{\"id\": \"solo\"}]}").object().getJsonArray("matches");
        assertEquals(1, again.size());
        assertTrue(again.getJsonObject(0).containsKey("pk"));
    }

    @Test
    void invalidSavesChangeNothing(AppProcess app) {
        Api staff = Logins.staff(app);
        List<Long> t = fourTeams(staff);
        String path = "/api/bracket/tournaments/" + t.get(0) + "/save/";
        assertEquals("{\"matches\":[\"This field is required.\"]}", staff.post(path, "{}").body());
        assertEquals("{\"matches\":[\"Expected a list of items but got type \\\"dict\\\".\"]}",
                staff.post(path, "{\"matches\": {}}").body());
        Reply bad = staff.post(path, "{\"matches\": [{\"id\": \"a\", \"round\": 0, \"bracketType\": \"upper\"}, {\"id\": \"a\"},"
                + " {\"id\": \"b\", \"radiantTeam\": {\"pk\": 999999}}, {\"id\": \"c\", \"winner\": \"dire\"}]}");
        assertEquals(400, bad.status());
        String errors = bad.object().getJsonArray("matches").toString();
        assertTrue(errors.contains("a: round: Ensure this value is greater than or equal to 1."), errors);
        assertTrue(errors.contains("a: bracketType: \\\"upper\\\" is not a valid choice."), errors);
        assertTrue(errors.contains("a: id is used by more than one match."), errors);
        assertEquals("[]", app.api().get("/api/bracket/tournaments/" + t.get(0) + "/").object().getJsonArray("matches").toString());
        Reply teams = staff.post(path, "{\"matches\": [{\"id\": \"b\", \"radiantTeam\": {\"pk\": 999999}}, {\"id\": \"c\", \"winner\": \"dire\"}]}");
        assertEquals("{\"matches\":[\"b: Team 999999 is not a team of this tournament.\",\"c: The dire slot has no team to win.\"]}", teams.body());
    }

    @Test
    void checksRunInOrderTournamentPermissionBody(AppProcess app) {
        List<Long> t = fourTeams(Logins.staff(app));
        assertEquals(403, app.api().post("/api/bracket/tournaments/" + t.get(0) + "/save/", "{}").status());
        assertEquals("{\"error\":\"Tournament not found\"}", Logins.user(app).post("/api/bracket/tournaments/999999/save/", "{}").body());
        Reply denied = Logins.user(app).post("/api/bracket/tournaments/" + t.get(0) + "/save/", "{}");
        assertEquals(403, denied.status());
        assertEquals("{\"error\":\"You do not have permission to save brackets for this tournament\"}", denied.body());
        assertEquals("{\"error\":\"You do not have permission to generate brackets for this tournament\"}",
                Logins.user(app).post("/api/bracket/tournaments/" + t.get(0) + "/generate/", "{}").body());
        assertEquals("{\"error\":\"Tournament not found\"}", app.api().get("/api/bracket/tournaments/999999/").body());
        assertEquals(404, app.api().post("/api/bracket/gen_double_elim/", "{}").status(), "D49");
    }

    @Test
    void generateIsAPlaceholderThatValidatesTheSeedingMethod(AppProcess app) {
        Api staff = Logins.staff(app);
        List<Long> t = fourTeams(staff);
        Reply ok = staff.post("/api/bracket/tournaments/" + t.get(0) + "/generate/", "{\"seeding_method\": \"random\"}");
        assertEquals("{\"tournamentId\":" + t.get(0) + ",\"matches\":[],\"message\":\"Bracket generation placeholder\"}", ok.body());
        assertEquals("{\"seeding_method\":[\"\\\"x\\\" is not a valid choice.\"]}",
                staff.post("/api/bracket/tournaments/" + t.get(0) + "/generate/", "{\"seeding_method\": \"x\"}").body());
    }

    @Test
    void placementsArePositiveIntegersOrNull(AppProcess app) {
        Api staff = Logins.staff(app);
        List<Long> t = fourTeams(staff);
        String path = "/api/bracket/tournaments/" + t.get(0) + "/teams/" + t.get(1) + "/placement/";
        assertEquals("{\"team_id\":" + t.get(1) + ",\"placement\":3}", staff.patch(path, "{\"placement\": 3}").body());
        assertEquals("{\"team_id\":" + t.get(1) + ",\"placement\":null}", staff.patch(path, "{}").body());
        for (String bad : new String[] {"0", "-1", "\"3\"", "2.5", "true"}) {
            assertEquals("{\"error\":\"Placement must be a positive integer or null\"}",
                    staff.patch(path, "{\"placement\": " + bad + "}").body(), bad);
        }
        assertEquals("{\"error\":\"Team not found in this tournament\"}",
                staff.patch("/api/bracket/tournaments/" + t.get(0) + "/teams/999999/placement/", "{}").body());
        assertEquals("{\"error\":\"You do not have permission to set placements in this tournament\"}",
                Logins.user(app).patch(path, "{\"placement\": 1}").body());
    }

    @Test
    void advancingWinnersMovesTeamsAndPlacesTheEliminated(AppProcess app) {
        Api staff = Logins.staff(app);
        List<Long> t = fourTeams(staff);
        JsonArray matches = staff.post("/api/bracket/tournaments/" + t.get(0) + "/save/", doubleElimination(t))
                .object().getJsonArray("matches");
        long w10 = find(matches, "winners", 1, 0).getInt("pk");
        Reply advanced = staff.post("/api/bracket/games/" + w10 + "/advance-winner/", "{\"winner\": \"radiant\"}");
        assertEquals(200, advanced.status(), advanced.body());
        assertEquals(GAME_KEYS, advanced.object().keySet());
        assertEquals("completed", advanced.object().getString("status"));

        JsonArray after = app.api().get("/api/bracket/tournaments/" + t.get(0) + "/").object().getJsonArray("matches");
        assertEquals(t.get(1).intValue(), find(after, "winners", 2, 0).getJsonObject("radiant_team").getInt("pk"), "winner moved on");
        assertEquals(t.get(2).intValue(), find(after, "losers", 1, 0).getJsonObject("radiant_team").getInt("pk"), "loser dropped");
        assertEquals(JsonValue.NULL, teamPlacement(app, t.get(0), t.get(2)), "a loser path means no placement yet");

        long l10 = find(after, "losers", 1, 0).getInt("pk");
        staff.patch("/api/games/" + l10, "{\"dire_team_id\": " + t.get(3) + "}");
        staff.post("/api/bracket/games/" + l10 + "/advance-winner/", "{\"winner\": \"radiant\"}");
        assertEquals("4", teamPlacement(app, t.get(0), t.get(3)).toString(), "loser of losers round 1 of 2 → 4");

        long gf = find(after, "grand_finals", 1, 0).getInt("pk");
        assertEquals("{\"error\":\"No radiant team assigned\"}", staff.post("/api/bracket/games/" + gf + "/advance-winner/", "{\"winner\": \"radiant\"}").body());
        staff.patch("/api/games/" + gf, "{\"radiant_team_id\": " + t.get(1) + ", \"dire_team_id\": " + t.get(4) + "}");
        staff.post("/api/bracket/games/" + gf + "/advance-winner/", "{\"winner\": \"radiant\"}");
        assertEquals("1", teamPlacement(app, t.get(0), t.get(1)).toString());
        assertEquals("2", teamPlacement(app, t.get(0), t.get(4)).toString());

        assertEquals("{\"error\":\"Invalid winner slot\"}", staff.post("/api/bracket/games/" + gf + "/advance-winner/", "{\"winner\": \"both\"}").body());
        assertEquals("{\"error\":\"Game not found\"}", staff.post("/api/bracket/games/999999/advance-winner/", "{}").body());
        assertEquals("{\"error\":\"You do not have permission to manage this game\"}",
                Logins.user(app).post("/api/bracket/games/" + gf + "/advance-winner/", "{\"winner\": \"dire\"}").body());
    }

    private static JsonValue teamPlacement(AppProcess app, long tournament, long team) {
        return app.api().get("/api/tournaments/" + tournament + "/").object().getJsonArray("teams").stream()
                .map(JsonValue::asJsonObject).filter(x -> x.getInt("pk") == team).findFirst().orElseThrow().get("placement");
    }
}
