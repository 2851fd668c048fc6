package gg.pickban.steam.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * League stats, league MMR and the leaderboard on PostgreSQL (docs/rules.md §7.4–§7.7): rows
 * arranged by JDBC, stats recomputed through relinking, read through the endpoints.
 */
@ExtendWith(SharedApp.class)
class LeagueStatsIT {

    private static final int CONFIGURED = 17929;

    private static long steam64() {
        return SteamData.STEAM64_BASE + FakeSteam.freshAccountId();
    }

    private static long user(String name, Long steam64, Integer mmr) {
        return TestData.insertUser(TestData.unique(name), null, "hash" + name, steam64, mmr, Instant.now());
    }

    @Test
    void relinkingLinksOwnedRowsAndRecomputesTheWorkedExample(AppProcess app) {
        SteamData.update("DELETE FROM steam_league_player_stats WHERE league_id = ?", CONFIGURED);
        long s1 = steam64();
        long s2 = steam64();
        long s3 = steam64();
        long p1 = user("p1", s1, 4000);
        long p2 = user("p2", s2, null);
        long p3 = user("p3", s3, 3000);
        long base = FakeSteam.freshId();
        for (int game = 0; game < 10; game++) {
            long match = base + game;
            SteamData.insertMatch(match, CONFIGURED, 1_767_225_600L + game, game < 6);
            SteamData.insertPlayer(match, s1, null, 0, 8, 4, 10, 500);
            SteamData.insertPlayer(match, s2, null, 128, 4, 6, 8, 400);
            if (game < 3) {
                SteamData.insertPlayer(match, s3, null, 1, 20, 1, 20, 900);
            }
        }
        Api staff = Logins.staff(app);

        Reply one = staff.post("/api/steam/relink-users/", "{\"match_ids\": [" + base + "]}");
        assertEquals(200, one.status(), one.body());
        assertEquals("{\"linked_count\":3}", one.body());
        long linkable = SteamData.count("SELECT COUNT(*) FROM steam_player_stats p JOIN users u ON u.steamid = p.steam_id"
                + " WHERE p.user_id IS NULL");
        Reply all = staff.post("/api/steam/relink-users", "{}");
        assertEquals(linkable, all.object().getInt("linked_count"));
        assertTrue(linkable >= 20);

        JsonObject stats = app.api().get("/api/steam/league-stats/" + p1 + "/").object();
        assertEquals(p1, stats.getJsonNumber("user_id").longValue());
        assertEquals("hashp1", stats.getString("avatar"));
        assertEquals(4000, stats.getInt("base_mmr"));
        assertEquals(4120, stats.getInt("league_mmr"));
        assertEquals(CONFIGURED, stats.getInt("league_id"));
        assertEquals(10, stats.getInt("games_played"));
        assertEquals(6, stats.getInt("wins"));
        assertEquals(4, stats.getInt("losses"));
        assertEquals(0.6, stats.getJsonNumber("win_rate").doubleValue());
        assertEquals(8.0, stats.getJsonNumber("avg_kills").doubleValue());
        assertEquals(120, stats.getInt("mmr_adjustment"));
        assertTrue(stats.getString("last_updated").endsWith("Z"));
        JsonObject second = app.api().get("/api/steam/league-stats/" + p2).object();
        assertEquals(-95, second.getInt("mmr_adjustment"));
        assertEquals(JsonValue.NULL, second.get("league_mmr"), "no MMR, no league MMR");
        assertEquals(JsonValue.NULL, second.get("base_mmr"));
        assertEquals(0, app.api().get("/api/steam/league-stats/" + p3 + "/").object().getInt("mmr_adjustment"));
    }

    @Test
    void statsOfUnknownUsersAndOfTheCaller(AppProcess app) {
        Reply unknown = app.api().get("/api/steam/league-stats/987654321/");
        assertEquals(404, unknown.status());
        assertEquals("{\"error\":\"No league stats found for this user\"}", unknown.body());
        assertEquals(404, app.api().get("/api/steam/league-stats/abc/").status());
        Reply anonymous = app.api().get("/api/steam/league-stats/me/");
        assertEquals(403, anonymous.status());
        assertEquals("{\"detail\":\"Authentication credentials were not provided.\"}", anonymous.body());

        long steam = steam64();
        long me = user("me", steam, 2500);
        Api mine = Logins.as(app, me);
        assertEquals("{\"error\":\"No league stats found\"}", mine.get("/api/steam/league-stats/me").body());
        long match = FakeSteam.freshId();
        SteamData.insertMatch(match, CONFIGURED, 1_767_225_600L, true);
        SteamData.insertPlayer(match, steam, null, 0, 10, 3, 15, 500);
        assertEquals(1, Logins.staff(app).post("/api/steam/relink-users/", "{\"match_ids\": [" + match + "]}").object()
                .getInt("linked_count"));
        JsonObject stats = mine.get("/api/steam/league-stats/me/").object();
        assertEquals(1, stats.getInt("games_played"));
        assertEquals(1, stats.getInt("wins"));
        assertEquals(10.0, stats.getJsonNumber("avg_kills").doubleValue());
        assertEquals(2500, stats.getInt("league_mmr"), "one game: no adjustment yet");
    }

    @Test
    void aNewSteamIdLinksTheUsersRowsAndAChangedMmrMovesTheLeagueMmr(AppProcess app) {
        long steam = steam64();
        long pk = user("linker", null, 3000);
        long match = FakeSteam.freshId();
        SteamData.insertMatch(match, CONFIGURED, 1_767_225_600L, true);
        SteamData.insertPlayer(match, steam, null, 0, 10, 3, 15, 500);

        Reply profile = Logins.as(app, pk).post("/api/profile_update", "{\"steamid\": " + steam + "}");
        assertEquals(201, profile.status(), profile.body());
        assertEquals(pk, SteamData.count("SELECT user_id FROM steam_player_stats WHERE match_id = ?", match));
        assertEquals(1, app.api().get("/api/steam/league-stats/" + pk + "/").object().getInt("games_played"));

        SteamData.update("UPDATE steam_league_player_stats SET mmr_adjustment = 150 WHERE user_id = ?", pk);
        Reply patched = Logins.staff(app).patch("/api/users/" + pk + "/", "{\"mmr\": 5000}");
        assertEquals(200, patched.status(), patched.body());
        assertEquals(5150, SteamData.count("SELECT league_mmr FROM users WHERE id = ?", pk));

        long other = steam64();
        long byStaff = user("bystaff", null, null);
        long otherMatch = FakeSteam.freshId();
        SteamData.insertMatch(otherMatch, CONFIGURED, 1_767_225_600L, false);
        SteamData.insertPlayer(otherMatch, other, null, 130, 1, 1, 1, 300);
        assertEquals(200, Logins.staff(app).patch("/api/users/" + byStaff + "/", "{\"steamid\": " + other + "}").status());
        assertEquals(byStaff, SteamData.count("SELECT user_id FROM steam_player_stats WHERE match_id = ?", otherMatch),
                "a staff edit links as well");
    }

    @Test
    void theLeaderboardSortsPagesAndLinksAbsolutely(AppProcess app) {
        SteamData.update("DELETE FROM steam_league_player_stats WHERE league_id = ?", CONFIGURED);
        List<Long> users = List.of(
                leaderboardRow("lb_a", 4100, 0.5, 5, 5, 5),
                leaderboardRow("lb_b", null, 0.9, 10, 2, 10),
                leaderboardRow("lb_c", 3000, 0.2, 1, 0, 2),
                leaderboardRow("lb_d", 5200, 0.6, 4, 4, 4),
                leaderboardRow("lb_e", 4100, 0.7, 3, 1, 1));

        JsonObject page = app.api().get("/api/steam/leaderboard/").object();
        assertEquals(5, page.getInt("count"));
        assertEquals(JsonValue.NULL, page.get("next"));
        assertEquals(List.of(users.get(3), users.get(0), users.get(4), users.get(2), users.get(1)), ids(page.getJsonArray("results")));
        JsonObject first = page.getJsonArray("results").getJsonObject(0);
        assertEquals(2.0, first.getJsonNumber("avg_kda").doubleValue());
        assertEquals(5200, first.getInt("league_mmr"));
        assertTrue(first.containsKey("base_mmr") && first.containsKey("avatar") && first.containsKey("mmr_adjustment"));

        Api proxied = app.api().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "pickban.example");
        JsonObject two = proxied.get("/api/steam/leaderboard/?page_size=2&sort_by=avg_kda&order=desc").object();
        assertEquals(List.of(users.get(1), users.get(4)), ids(two.getJsonArray("results")), "KDA 10, 4");
        assertEquals("https://pickban.example/api/steam/leaderboard/?order=desc&page=2&page_size=2&sort_by=avg_kda", two.getString("next"));
        assertEquals(JsonValue.NULL, two.get("previous"));
        JsonObject last = proxied.get("/api/steam/leaderboard?page=3&page_size=2&sort_by=avg_kda&order=desc").object();
        assertEquals(List.of(users.get(3)), ids(last.getJsonArray("results")), "KDA 2 like lb_a, higher pk");
        assertEquals("https://pickban.example/api/steam/leaderboard?order=desc&page=2&page_size=2&sort_by=avg_kda",
                last.getString("previous"));
        assertEquals(List.of(users.get(2), users.get(0)),
                ids(app.api().get("/api/steam/leaderboard/?sort_by=win_rate&order=asc&page_size=2").object().getJsonArray("results")));

        for (String bad : List.of("4&page_size=2", "0", "abc")) {
            Reply invalid = app.api().get("/api/steam/leaderboard/?page=" + bad);
            assertEquals(404, invalid.status(), bad);
            assertEquals("{\"detail\":\"Invalid page.\"}", invalid.body());
        }
    }

    private static long leaderboardRow(String name, Integer leagueMmr, double winRate, double kills, double deaths, double assists) {
        long pk = user(name, null, leagueMmr == null ? null : leagueMmr - 100);
        SteamData.update("UPDATE users SET league_mmr = ? WHERE id = ?", leagueMmr, pk);
        SteamData.update("INSERT INTO steam_league_player_stats (user_id, league_id, games_played, wins, losses, win_rate,"
                + " avg_kills, avg_deaths, avg_assists, avg_gpm, avg_xpm, mmr_adjustment, last_updated)"
                + " VALUES (?, ?, 10, 5, 5, ?, ?, ?, ?, 450, 500, 100, ?)", pk, CONFIGURED, winRate, kills, deaths, assists,
                Timestamp.from(Instant.now()));
        return pk;
    }

    private static List<Long> ids(JsonArray results) {
        return results.stream().map(r -> r.asJsonObject().getJsonNumber("user_id").longValue()).toList();
    }
}
