package gg.pickban.steam.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.FakeSteam;
import gg.pickban.testsupport.FakeSteam.Fault;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SecondInstance;
import gg.pickban.testsupport.SteamApps;
import gg.pickban.testsupport.SteamData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Single-match fetches and live games against the fake Steam (docs/decisions.md D57). */
@ExtendWith(SteamApps.class)
class MatchFetchIT {

    private FakeSteam steam;

    @AfterEach
    void calm() {
        if (steam != null) {
            steam.behave();
        }
    }

    @Test
    void aFetchedMatchIsStoredAndKeepsTheLeagueItWasSyncedFor(AppProcess app, FakeSteam fake) {
        steam = fake;
        long match = FakeSteam.freshId();
        fake.addMatch(4242, match, 1_767_225_600L, true, FakeSteam.tenPlayers(FakeSteam.freshAccountId()));

        JsonObject fresh = app.api().get("/api/steam/match/" + match + "/").object();
        assertEquals(match, fresh.getJsonNumber("match_id").longValue());
        assertEquals(JsonValue.NULL, fresh.get("league_id"), "the payload's league is never read");
        assertEquals(9, fresh.getJsonArray("players").size());
        assertEquals(300, fresh.getJsonArray("players").getJsonObject(0).getInt("hero_healing"));
        assertEquals(0, fresh.getJsonArray("players").getJsonObject(1).getInt("hero_healing"), "absent → 0");

        SteamData.update("UPDATE steam_match SET league_id = 4242 WHERE match_id = ?", match);
        assertEquals(4242, app.api().get("/api/steam/match/" + match).object().getInt("league_id"), "D57");

        fake.faultNext("GetMatchDetails", Fault.SERVER_ERROR, 3);
        Reply stored = app.api().get("/api/steam/match/" + match + "/");
        assertEquals(200, stored.status(), "Steam failed, the stored match is answered");
        assertEquals(4242, stored.object().getInt("league_id"));
        assertEquals(1, SteamData.count("SELECT COUNT(*) FROM steam_match WHERE match_id = ?", match));
        assertEquals(9, SteamData.count("SELECT COUNT(*) FROM steam_player_stats WHERE match_id = ?", match));
    }

    @Test
    void liveGamesAreHandedOnAsSteamSentThem(AppProcess app, FakeSteam fake) {
        steam = fake;
        JsonObject result = Json.createObjectBuilder().add("games", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("lobby_id", 26628083113415L).add("league_id", 17929).add("players", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("account_id", 39734273).add("name", "x").add("hero_id", 0).add("team", 0)))))
                .add("status", 200).build();
        fake.liveResult(result);
        assertEquals(result, app.api().get("/api/steam/live/?league_id=17929").object());
        assertEquals("17929", fake.calls("GetLiveLeagueGames").get(fake.calls("GetLiveLeagueGames").size() - 1).params().get("league_id"));
        fake.faultNext("GetLiveLeagueGames", Fault.MALFORMED, 1);
        assertEquals("{\"games\":[]}", app.api().get("/api/steam/live/").body());
    }

    @Test
    void theApiKeyNeverReachesALog(AppProcess a, @SecondInstance AppProcess b, FakeSteam fake) throws Exception {
        steam = fake;
        fake.faultNext("GetMatchDetails", Fault.SERVER_ERROR, 3);
        assertEquals(404, a.api().get("/api/steam/match/" + FakeSteam.freshId() + "/").status());
        fake.faultNext("GetMatchDetails", Fault.SLOW, 3);
        assertEquals(404, b.api().get("/api/steam/match/" + FakeSteam.freshId() + "/").status());
        for (AppProcess app : List.of(a, b)) {
            List<String> lines = app.logLines();
            assertTrue(lines.stream().anyMatch(line -> line.contains("GetMatchDetails")), "the failures were logged");
            assertTrue(lines.stream().noneMatch(line -> line.contains(SteamApps.API_KEY)), app.log().toString());
        }
    }
}
