package gg.pickban.tournament.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import gg.pickban.tournament.Fixtures;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/home-stats/}: plain counts that follow every create and delete at once (docs/decisions.md D10). */
@ExtendWith(SharedApp.class)
class HomeStatsIT {

    @Test
    void countsChangeOnTheNextRead(AppProcess app) {
        JsonObject before = app.api().get("/api/home-stats/").object();
        assertEquals(List.of("game_count", "league_count", "organization_count", "tournament_count"),
                before.keySet().stream().sorted().toList());

        Fixtures.organization(TestData.unique("hs"));
        Fixtures.league(TestData.unique("hs"));
        long tournament = Logins.staff(app).post("/api/tournaments/", "{\"name\": \"Stats\", \"tournament_type\": \"swiss\","
                + " \"date_played\": \"2026-01-01\"}").object().getJsonNumber("pk").longValue();
        Fixtures.game(tournament, null, null, null, null, null);
        Fixtures.game(tournament, null, null, null, null, null);

        JsonObject after = app.api().get("/api/home-stats").object();
        assertEquals(before.getInt("tournament_count") + 1, after.getInt("tournament_count"));
        assertEquals(before.getInt("game_count") + 2, after.getInt("game_count"));
        assertEquals(before.getInt("organization_count") + 1, after.getInt("organization_count"));
        assertEquals(before.getInt("league_count") + 1, after.getInt("league_count"));
        assertEquals(Fixtures.number("SELECT COUNT(*) FROM game"), after.getJsonNumber("game_count").longValue(), "plain row counts");

        assertEquals(204, Logins.staff(app).delete("/api/tournaments/" + tournament + "/").status());
        JsonObject deleted = app.api().get("/api/home-stats/").object();
        assertEquals(before.getInt("tournament_count"), deleted.getInt("tournament_count"));
        assertEquals(before.getInt("game_count"), deleted.getInt("game_count"), "its games went with it");
    }
}
