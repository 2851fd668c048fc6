package gg.pickban.steam.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.FakeSteam;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SteamData;
import gg.pickban.testsupport.TestData;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stored matches, search by players and live games on an instance without a Steam key (docs/api.md §6, Steam). */
@ExtendWith(SharedApp.class)
class MatchesIT {

    @Test
    void aStoredMatchWithItsPlayersBySlot(AppProcess app) {
        long match = FakeSteam.freshId();
        long steam = SteamData.STEAM64_BASE + FakeSteam.freshAccountId();
        long user = TestData.insertUser(TestData.unique("player"), null, null, steam, null, Instant.now());
        SteamData.insertMatch(match, 17929, 1_767_225_600L, true);
        SteamData.insertPlayer(match, steam + 1, null, 128, 1, 2, 3, 400);
        SteamData.insertPlayer(match, steam, user, 0, 10, 3, 15, 500);

        for (String path : List.of("/api/steam/matches/" + match + "/", "/api/steam/matches/" + match)) {
            Reply reply = app.api().get(path);
            assertEquals(200, reply.status(), reply.body());
            JsonObject detail = reply.object();
            assertEquals(match, detail.getJsonNumber("match_id").longValue());
            assertEquals(true, detail.getBoolean("radiant_win"));
            assertEquals(1_767_225_600L, detail.getJsonNumber("start_time").longValue());
            assertEquals(false, detail.containsKey("league_id"), "MatchJson has no league");
            JsonArray players = detail.getJsonArray("players");
            assertEquals(steam, players.getJsonObject(0).getJsonNumber("steam_id").longValue(), "by slot");
            assertEquals(11, players.getJsonObject(0).getInt("hero_id"));
            assertEquals(500, players.getJsonObject(0).getInt("gold_per_min"));
            assertEquals(JsonValue.NULL, players.getJsonObject(1).get("username"));
            assertEquals(14, players.getJsonObject(1).size(), "every PlayerStats key present");
        }
        Reply missing = app.api().get("/api/steam/matches/9999999999/");
        assertEquals(404, missing.status());
        assertEquals("{\"detail\":\"Not found.\"}", missing.body());
        assertEquals(404, app.api().get("/api/steam/matches/abc/").status());
    }

    @Test
    void fetchingWithoutAKeyFallsBackToTheStoredMatch(AppProcess app) {
        long match = FakeSteam.freshId();
        SteamData.insertMatch(match, 12345, 1_767_225_600L, false);
        JsonObject full = app.api().get("/api/steam/match/" + match + "/").object();
        assertEquals(12345, full.getInt("league_id"));
        assertEquals(match, full.getJsonNumber("match_id").longValue());
        Reply unknown = app.api().get("/api/steam/match/" + FakeSteam.freshId());
        assertEquals(404, unknown.status());
        assertEquals("{\"error\":\"Failed to fetch match details\"}", unknown.body());
    }

    @Test
    void findByPlayersWithAllOrAnyAndALeague(AppProcess app) {
        long base = SteamData.STEAM64_BASE + FakeSteam.freshAccountId();
        long match1 = FakeSteam.freshId();
        long match2 = FakeSteam.freshId();
        long other = FakeSteam.freshId();
        SteamData.insertMatch(match1, 17929, 1000, true);
        SteamData.insertMatch(match2, 17929, 2000, true);
        SteamData.insertMatch(other, 12345, 3000, true);
        for (int i = 1; i <= 3; i++) {
            SteamData.insertPlayer(match1, base + i, null, i - 1, 1, 1, 1, 1);
        }
        SteamData.insertPlayer(match2, base + 4, null, 0, 1, 1, 1, 1);
        SteamData.insertPlayer(match2, base + 5, null, 128, 1, 1, 1, 1);
        SteamData.insertPlayer(other, base + 1, null, 0, 1, 1, 1, 1);

        assertEquals(List.of(match1), ids(app.api().post("/api/steam/find-by-players/",
                "{\"steam_ids\": [" + (base + 1) + ", " + (base + 2) + "], \"league_id\": 17929}")));
        assertEquals(List.of(match1), ids(app.api().post("/api/steam/find-by-players",
                "{\"steam_ids\": [" + (base + 1) + ", \"" + (base + 2) + "\"]}")), "all of them; numeric strings count");
        assertEquals(List.of(other, match1), ids(app.api().post("/api/steam/find-by-players",
                "{\"steam_ids\": [" + (base + 1) + "]}")), "newest first; all leagues");
        assertEquals(List.of(match2, match1), ids(app.api().post("/api/steam/find-by-players/",
                "{\"steam_ids\": [" + (base + 1) + ", " + (base + 4) + "], \"require_all\": false, \"league_id\": 17929}")));
        JsonObject full = app.api().post("/api/steam/find-by-players/", "{\"steam_ids\": [" + (base + 4) + "]}").array().getJsonObject(0);
        assertEquals(17929, full.getInt("league_id"));
        assertEquals(2, full.getJsonArray("players").size());

        Reply empty = app.api().post("/api/steam/find-by-players/", "{\"steam_ids\": []}");
        assertEquals(400, empty.status());
        assertEquals("{\"steam_ids\":[\"This list may not be empty.\"]}", empty.body());
        assertEquals("{\"steam_ids\":[\"This field is required.\"]}", app.api().post("/api/steam/find-by-players/", "{}").body());
        assertEquals(400, app.api().post("/api/steam/find-by-players/", "{\"steam_ids\": [\"x\"]}").status());
    }

    @Test
    void liveGamesWithoutAKeyAreEmptyAndAnUnknownLeagueWasNeverSynced(AppProcess app) {
        assertEquals("{\"games\":[]}", app.api().get("/api/steam/live/").body());
        assertEquals("{\"games\":[]}", app.api().get("/api/steam/live?league_id=abc").body());
        int league = FakeSteam.freshLeagueId();
        assertEquals(Json.createReader(new StringReader("{\"league_id\":" + league + ",\"last_sync_at\":null,\"last_match_id\":null,"
                + "\"failed_match_count\":0,\"is_syncing\":false}")).readObject(),
                app.api().get("/api/steam/sync-status/?league_id=" + league).object());
        SteamData.update("INSERT INTO steam_league_sync_state (league_id, last_match_id, failed_match_ids, is_syncing,"
                + " sync_started_at) VALUES (?, 777001, '4,5,6', TRUE, ?)", league, java.sql.Timestamp.from(Instant.now()));
        JsonObject status = app.api().get("/api/steam/sync-status?league_id=" + league).object();
        assertEquals(777001, status.getJsonNumber("last_match_id").longValue());
        assertEquals(3, status.getInt("failed_match_count"));
        assertEquals(true, status.getBoolean("is_syncing"));
    }

    @Test
    void idsBeyondSixtyFourBitsAreNotFound(AppProcess app) {
        assertEquals(404, app.api().get("/api/steam/matches/99999999999999999999999/").status());
        assertEquals(404, app.api().get("/api/steam/league-stats/99999999999999999999999/").status());
        assertEquals(404, app.api().get("/api/steam/games/99999999999999999999999/match-suggestions/").status());
        assertEquals(400, app.api().post("/api/steam/find-by-players/", "{\"steam_ids\": [99999999999999999999999]}").status());
    }

    private static List<Long> ids(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.array().stream().map(m -> m.asJsonObject().getJsonNumber("match_id").longValue()).toList();
    }
}
