package gg.pickban.steam.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.steam.boundary.LinkingData.Lineup;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.FakeSteam;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SteamData;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Linking stored Steam matches to tournament games (docs/rules.md §7.7, docs/decisions.md D38–D40), arranged by JDBC. */
@ExtendWith(SharedApp.class)
class MatchLinkingIT {

    private static final Instant DAY = Instant.parse("2025-06-01T18:00:00Z");
    private static final long TEN_AM = Instant.parse("2025-06-01T10:00:00Z").getEpochSecond();

    @Test
    void suggestionsForAGameAreTieredSortedAndSearchable(AppProcess app) {
        int league = FakeSteam.freshLeagueId();
        long tournament = LinkingData.tournament(DAY, league, null);
        Lineup p = LinkingData.lineup(tournament);
        long game = LinkingData.game(tournament, p.radiantTeam(), p.direTeam(), "winners", 1, 0);
        long partial = LinkingData.match(league, TEN_AM + 300, true, List.of(p.steam(0), p.steam(1), p.steam(2)), List.of());
        long captainsOnly = LinkingData.match(league, TEN_AM + 200, true, List.of(p.steam(0)), List.of(p.steam(5)));
        long captainsPlus = LinkingData.match(league, TEN_AM + 100, false, List.of(p.steam(0), p.steam(1)),
                List.of(p.steam(5), p.steam(6)));
        long all = LinkingData.match(league, TEN_AM, true, p.steamIds().subList(0, 5), p.steamIds().subList(5, 10));
        long linkedElsewhere = LinkingData.match(league, TEN_AM, true, p.steamIds().subList(0, 5), p.steamIds().subList(5, 10));
        LinkingData.game(tournament, null, null, "winners", 2, 0);
        SteamData.update("UPDATE game SET gameid = ? WHERE tournament_id = ? AND round = 2", linkedElsewhere, tournament);
        LinkingData.match(league + 1, TEN_AM, true, p.steamIds().subList(0, 5), p.steamIds().subList(5, 10));

        JsonObject answer = app.api().get("/api/steam/games/" + game + "/match-suggestions/").object();
        assertEquals(JsonValue.NULL, answer.get("linked_match_id"));
        JsonArray suggestions = answer.getJsonArray("suggestions");
        assertEquals(List.of(all, captainsPlus, partial, captainsOnly), matchIds(suggestions), "overlap, then tier, then newest");
        assertEquals(List.of("all_players", "captains_plus", "partial", "captains_only"),
                suggestions.stream().map(s -> s.asJsonObject().getString("tier")).toList());
        JsonObject best = suggestions.getJsonObject(0);
        assertEquals("All Players Match", best.getString("tier_display"));
        assertEquals(10, best.getInt("player_overlap"));
        assertEquals(TEN_AM, best.getJsonNumber("start_time").longValue());
        assertEquals(2000, best.getInt("duration"));
        JsonObject radiantCaptain = best.getJsonObject("radiant_captain");
        assertEquals(p.steam(0), radiantCaptain.getJsonNumber("steam_id").longValue());
        assertTrue(radiantCaptain.getString("avatar").startsWith("https://cdn.discordapp.com/avatars/"), "the avatar URL");
        assertEquals(11, radiantCaptain.getInt("hero_id"));
        JsonArray matched = best.getJsonArray("matched_players");
        assertEquals(10, matched.size());
        JsonObject first = matched.getJsonObject(0);
        assertEquals(p.users().get(0), first.getJsonNumber("user_id").longValue());
        assertEquals("avatar0", first.getString("avatar"), "the avatar hash");
        assertTrue(first.getBoolean("is_radiant") && first.getBoolean("is_captain"));
        JsonObject sixth = matched.getJsonObject(5);
        assertEquals(p.steam(5), sixth.getJsonNumber("steam_id").longValue(), "dire after radiant, its captain first");
        assertEquals(128, sixth.getInt("player_slot"));
        assertEquals(JsonValue.NULL, suggestions.getJsonObject(2).get("dire_captain"), "the dire captain did not play");

        assertEquals(List.of(captainsOnly), matchIds(app.api().get("/api/steam/games/" + game + "/match-suggestions/?search="
                + captainsOnly).object().getJsonArray("suggestions")));
        String sixthName = (String) SteamData.column("SELECT username FROM users WHERE id = ?", p.users().get(6)).get(0);
        assertEquals(List.of(all, captainsPlus), matchIds(app.api().get("/api/steam/games/" + game + "/match-suggestions?search="
                + sixthName.toUpperCase()).object().getJsonArray("suggestions")));
        assertEquals(0, app.api().get("/api/steam/games/" + game + "/match-suggestions/?search=nobody_has_this_name")
                .object().getJsonArray("suggestions").size());

        long teamless = LinkingData.game(tournament, p.radiantTeam(), null, "winners", 3, 0);
        assertEquals("{\"suggestions\":[],\"linked_match_id\":null}",
                app.api().get("/api/steam/games/" + teamless + "/match-suggestions/").body());
        Reply missing = app.api().get("/api/steam/games/987654321/match-suggestions/");
        assertEquals(404, missing.status());
        assertEquals("{\"error\":\"Game not found\"}", missing.body());
    }

    @Test
    void manualLinkSetsTheMatchOnlyAndUnlinkResetsTheGame(AppProcess app) {
        int steamLeague = FakeSteam.freshLeagueId();
        long league = LinkingData.league(steamLeague);
        long tournament = LinkingData.tournament(DAY, steamLeague, league);
        Lineup p = LinkingData.lineup(tournament);
        long game = LinkingData.game(tournament, p.radiantTeam(), p.direTeam(), "winners", 1, 0);
        long match = LinkingData.match(steamLeague, TEN_AM, true, p.steamIds().subList(0, 5), p.steamIds().subList(5, 10));
        long leagueStaff = TestData.insertUser(TestData.unique("lstaff"), null, null, null, null, Instant.now());
        SteamData.update("INSERT INTO league_staff (league_id, user_id) VALUES (?, ?)", league, leagueStaff);
        String link = "/api/steam/games/" + game + "/link-match/";
        String body = "{\"match_id\": " + match + "}";

        assertEquals("{\"detail\":\"Authentication credentials were not provided.\"}", app.api().post(link, body).body());
        Reply refused = Logins.user(app).post(link, body);
        assertEquals(403, refused.status());
        assertEquals("{\"error\":\"You do not have permission to link matches for this game\"}", refused.body());
        Api staffOfLeague = Logins.as(app, leagueStaff);
        assertEquals("{\"match_id\":[\"This field is required.\"]}", staffOfLeague.post(link, "{}").body());
        Reply unknown = staffOfLeague.post(link, "{\"match_id\": 1}");
        assertEquals(404, unknown.status());
        assertEquals("{\"error\":\"Match not found\"}", unknown.body());
        assertEquals("{\"error\":\"Game not found\"}", staffOfLeague.post("/api/steam/games/987654321/link-match/", body).body());

        Reply linked = staffOfLeague.post("/api/steam/games/" + game + "/link-match", body);
        assertEquals(200, linked.status(), linked.body());
        assertEquals("{\"status\":\"linked\",\"match_id\":" + match + "}", linked.body());
        assertEquals(match, ((Number) LinkingData.gameColumn(game, "gameid")).longValue());
        assertNull(LinkingData.gameColumn(game, "winning_team_id"), "the winner is untouched");
        assertEquals("pending", LinkingData.gameColumn(game, "status"));
        assertEquals(match, app.api().get("/api/steam/games/" + game + "/match-suggestions/").object()
                .getJsonNumber("linked_match_id").longValue());

        SteamData.update("UPDATE game SET winning_team_id = ?, status = 'completed' WHERE id = ?", p.radiantTeam(), game);
        assertEquals("{\"error\":\"You do not have permission to unlink matches for this game\"}",
                Logins.user(app).delete("/api/steam/games/" + game + "/unlink-match/").body());
        Reply unlinked = Logins.staff(app).delete("/api/steam/games/" + game + "/unlink-match");
        assertEquals("{\"status\":\"unlinked\"}", unlinked.body());
        assertNull(LinkingData.gameColumn(game, "gameid"));
        assertNull(LinkingData.gameColumn(game, "winning_team_id"));
        assertEquals("pending", LinkingData.gameColumn(game, "status"), "D38");
        assertEquals(404, Logins.staff(app).delete("/api/steam/games/abc/unlink-match/").status());
    }

    @Test
    void autoLinkLinksAllTenPlayerMatchesAndStoresSuggestionsStaffConfirmOrDismiss(AppProcess app) {
        int league = FakeSteam.freshLeagueId();
        long tournament = LinkingData.tournament(DAY, league, null);
        Lineup p = LinkingData.lineup(tournament);
        long game = LinkingData.game(tournament, p.radiantTeam(), p.direTeam(), "winners", 1, 0);
        LinkingData.game(tournament, null, null, "winners", 2, 0);
        long eight = LinkingData.match(league, TEN_AM, false, p.steamIds().subList(0, 4), p.steamIds().subList(5, 9));
        long five = LinkingData.match(league, TEN_AM + 60, false, p.steamIds().subList(0, 5), List.of());
        long ten = LinkingData.match(league, TEN_AM + 120, true, p.steamIds().subList(5, 10), p.steamIds().subList(0, 5));
        Api staff = Logins.staff(app);

        assertEquals(403, Logins.user(app).post("/api/steam/auto-link/", "{\"tournament_id\": " + tournament + "}").status());
        assertEquals("{\"tournament_id\":[\"This field is required.\"]}", staff.post("/api/steam/auto-link/", "{}").body());
        assertEquals("{\"auto_linked_count\":0,\"suggestions_created_count\":0}",
                staff.post("/api/steam/auto-link", "{\"tournament_id\": 987654321}").body());
        Reply counts = staff.post("/api/steam/auto-link/", "{\"tournament_id\": " + tournament + "}");
        assertEquals("{\"auto_linked_count\":1,\"suggestions_created_count\":2}", counts.body());
        assertEquals(ten, ((Number) LinkingData.gameColumn(game, "gameid")).longValue());
        assertEquals(p.direTeam(), ((Number) LinkingData.gameColumn(game, "winning_team_id")).longValue(),
                "the teams played on swapped sides and radiant won: the dire team won");
        assertEquals("completed", LinkingData.gameColumn(game, "status"));

        JsonArray stored = app.api().get("/api/steam/suggestions/tournament/" + tournament + "/").array();
        assertEquals(List.of(ten, eight, five), matchIds(stored));
        JsonObject top = stored.getJsonObject(0);
        assertEquals(1.0, top.getJsonNumber("confidence_score").doubleValue());
        assertEquals(10, top.getInt("player_overlap"));
        assertEquals(true, top.getBoolean("auto_linked"));
        assertEquals(game, top.getJsonNumber("game_id").longValue());
        assertEquals(tournament, top.getJsonNumber("tournament_id").longValue());
        assertTrue(top.getString("created_at").endsWith("Z"));
        assertEquals(0.8, stored.getJsonObject(1).getJsonNumber("confidence_score").doubleValue());
        assertEquals(List.of(ten, eight, five), matchIds(app.api().get("/api/steam/suggestions/game/" + game).array()));

        long eightId = stored.getJsonObject(1).getJsonNumber("id").longValue();
        long fiveId = stored.getJsonObject(2).getJsonNumber("id").longValue();
        assertEquals(403, Logins.user(app).post("/api/steam/suggestions/" + eightId + "/confirm/", null).status());
        Reply alreadyLinked = staff.post("/api/steam/suggestions/" + eightId + "/confirm/", null);
        assertEquals(400, alreadyLinked.status());
        assertEquals("{\"error\":\"Suggestion not found or game already linked\"}", alreadyLinked.body());
        assertEquals(400, staff.post("/api/steam/suggestions/987654321/confirm/", null).status());
        staff.delete("/api/steam/games/" + game + "/unlink-match/");
        assertEquals("{\"status\":\"confirmed\"}", staff.post("/api/steam/suggestions/" + eightId + "/confirm", null).body());
        assertEquals(eight, ((Number) LinkingData.gameColumn(game, "gameid")).longValue());
        assertEquals(p.direTeam(), ((Number) LinkingData.gameColumn(game, "winning_team_id")).longValue(), "on their sides, dire won");
        assertEquals(true, app.api().get("/api/steam/suggestions/game/" + game + "/").array().getJsonObject(1).getBoolean("auto_linked"));

        assertEquals("{\"status\":\"dismissed\"}", staff.post("/api/steam/suggestions/" + fiveId + "/dismiss/", null).body());
        Reply gone = staff.post("/api/steam/suggestions/" + fiveId + "/dismiss/", null);
        assertEquals(404, gone.status());
        assertEquals("{\"error\":\"Suggestion not found\"}", gone.body());
        assertEquals(2, app.api().get("/api/steam/suggestions/tournament/" + tournament).array().size());
        assertEquals("[]", app.api().get("/api/steam/suggestions/tournament/987654321/").body());
    }

    @Test
    void autoAssignFollowsEachCaptainsMatchesInTimeOrder(AppProcess app) {
        int steamLeague = FakeSteam.freshLeagueId();
        long league = LinkingData.league(steamLeague);
        long tournament = LinkingData.tournament(DAY, steamLeague, league);
        Lineup a = LinkingData.lineup(tournament);
        Lineup b = LinkingData.lineup(tournament);
        Lineup c = LinkingData.lineup(tournament);
        SteamData.update("UPDATE users SET steamid = NULL WHERE id IN (?, ?)", c.users().get(0), c.users().get(5));
        long t1 = a.radiantTeam();
        long t2 = a.direTeam();
        long t3 = b.radiantTeam();
        long t4 = b.direTeam();
        long w10 = LinkingData.game(tournament, t1, t2, "winners", 1, 0);
        long w11 = LinkingData.game(tournament, t3, t4, "winners", 1, 1);
        long w20 = LinkingData.game(tournament, t1, t3, "winners", 2, 0);
        long l10 = LinkingData.game(tournament, t2, t4, "losers", 1, 0);
        long l20 = LinkingData.game(tournament, c.radiantTeam(), c.direTeam(), "losers", 2, 0);
        long m1 = LinkingData.match(steamLeague, TEN_AM, true, a.steamIds().subList(0, 5), a.steamIds().subList(5, 10));
        long m2 = LinkingData.match(steamLeague, TEN_AM + 300, false, b.steamIds().subList(0, 5), b.steamIds().subList(5, 10));
        long m3 = LinkingData.match(steamLeague, TEN_AM + 3600, true, a.steamIds().subList(0, 5), b.steamIds().subList(0, 5));
        long m4 = LinkingData.match(steamLeague, TEN_AM + 5400, true, a.steamIds().subList(5, 10), b.steamIds().subList(5, 10));
        long m5 = LinkingData.match(steamLeague, TEN_AM + 7200, false, c.steamIds().subList(1, 5), c.steamIds().subList(6, 10));
        LinkingData.match(steamLeague, TEN_AM - 86_400, true, a.steamIds().subList(0, 5), a.steamIds().subList(5, 10));
        LinkingData.match(steamLeague + 1, TEN_AM, true, a.steamIds().subList(0, 5), a.steamIds().subList(5, 10));
        long leagueStaff = TestData.insertUser(TestData.unique("astaff"), null, null, null, null, Instant.now());
        SteamData.update("INSERT INTO league_staff (league_id, user_id) VALUES (?, ?)", league, leagueStaff);
        String body = "{\"tournament_id\": " + tournament + "}";

        assertEquals("{\"detail\":\"Authentication credentials were not provided.\"}", app.api().post("/api/steam/auto-assign/", body).body());
        Reply refused = Logins.user(app).post("/api/steam/auto-assign/", body);
        assertEquals(403, refused.status());
        assertEquals("{\"error\":\"You do not have permission to auto-assign matches for this tournament\"}", refused.body());
        Api staffOfLeague = Logins.as(app, leagueStaff);
        assertEquals("{\"error\":\"tournament_id is required\"}", staffOfLeague.post("/api/steam/auto-assign/", "{}").body());
        Reply unknown = staffOfLeague.post("/api/steam/auto-assign", "{\"tournament_id\": 987654321}");
        assertEquals(404, unknown.status());
        assertEquals("{\"error\":\"Tournament not found\"}", unknown.body());

        JsonObject preview = staffOfLeague.post("/api/steam/auto-assign/", body).object();
        assertEquals(0, preview.getInt("linked_count"));
        assertEquals("2025-06-01", preview.getString("tournament_date"));
        assertEquals(5, preview.getInt("total_unlinked_games"));
        assertEquals(5, preview.getInt("total_candidate_matches"));
        JsonArray assignments = preview.getJsonArray("assignments");
        assertEquals(List.of(w10, w11, w20, l10, l20), assignments.stream().map(x -> x.asJsonObject().getJsonNumber("game_id")
                .longValue()).toList(), "swiss, winners, losers, grand finals; then round and position");
        assertEquals(List.of(m1, m2, m3, m4, m5), matchIds(assignments));
        assertEquals(List.of("captain_sequence", "captain_sequence", "captain_sequence", "captain_sequence", "overlap_fallback"),
                assignments.stream().map(x -> x.asJsonObject().getString("match_method")).toList());
        JsonObject third = assignments.getJsonObject(2);
        assertEquals(2, third.getInt("radiant_game_num"));
        assertEquals(2, third.getInt("dire_game_num"));
        assertEquals("11:00", third.getString("start_time_display"));
        assertEquals(10, third.getInt("player_overlap"));
        assertEquals(2, third.getInt("game_round"));
        assertEquals("winners", third.getString("bracket_type"));
        assertTrue(third.getString("radiant_team").startsWith("Radiant "));
        assertTrue(third.getString("dire_captain").startsWith("p0_"));
        JsonObject fallback = assignments.getJsonObject(4);
        assertEquals(JsonValue.NULL, fallback.get("radiant_game_num"), "no captain Steam id");
        assertEquals(8, fallback.getInt("player_overlap"));
        assertNull(LinkingData.gameColumn(w10, "gameid"), "a preview links nothing");

        JsonObject applied = Logins.staff(app).post("/api/steam/auto-assign/", "{\"tournament_id\": " + tournament
                + ", \"apply\": true, \"min_overlap\": \"x\"}").object();
        assertEquals(5, applied.getInt("linked_count"));
        assertEquals(m3, ((Number) LinkingData.gameColumn(w20, "gameid")).longValue());
        assertEquals(t1, ((Number) LinkingData.gameColumn(w20, "winning_team_id")).longValue());
        assertEquals(t4, ((Number) LinkingData.gameColumn(w11, "winning_team_id")).longValue());
        assertEquals("completed", LinkingData.gameColumn(l20, "status"));
        assertEquals("{\"assignments\":[],\"linked_count\":0,\"message\":\"No unlinked games\"}",
                staffOfLeague.post("/api/steam/auto-assign/", body).body());

        long quiet = LinkingData.tournament(Instant.parse("2025-07-01T18:00:00Z"), steamLeague, league);
        LinkingData.game(quiet, null, null, "winners", 1, 0);
        assertEquals("{\"assignments\":[],\"linked_count\":0,\"message\":\"No steam matches found for tournament day\"}",
                staffOfLeague.post("/api/steam/auto-assign/", "{\"tournament_id\": \"" + quiet + "\", \"preview\": false}").body());
    }

    private static List<Long> matchIds(JsonArray rows) {
        return rows.stream().map(r -> r.asJsonObject().getJsonNumber("match_id").longValue()).toList();
    }
}
