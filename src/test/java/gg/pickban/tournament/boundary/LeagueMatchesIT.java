package gg.pickban.tournament.boundary;

import static gg.pickban.tournament.Keys.assertKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import gg.pickban.tournament.Fixtures;
import gg.pickban.tournament.Keys;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/leagues/{pk}/matches/}: the games of a league, directly or through a tournament, newest first. */
@ExtendWith(SharedApp.class)
class LeagueMatchesIT {

    private static List<Long> pks(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("pk").longValue()).toList();
    }

    @Test
    void gamesOfTheLeagueDirectlyOrThroughATournamentNewestFirst(AppProcess app) {
        long league = Fixtures.league(TestData.unique("ml"));
        long otherLeague = Fixtures.league(TestData.unique("ml2"));
        long tournament = Fixtures.tournament("Matches Cup", Instant.parse("2026-01-21T18:00:00Z"), league);
        long secondTournament = Fixtures.tournament(TestData.unique("mt2"), Instant.now(), league);
        long foreignTournament = Fixtures.tournament(TestData.unique("mt3"), Instant.now(), otherLeague);
        long radiantCaptain = Fixtures.user(3000);
        long radiant = Fixtures.team(tournament, "Radiant", radiantCaptain, null);
        long dire = Fixtures.team(tournament, "Dire", null, null);
        long linked = Fixtures.game(tournament, null, radiant, dire, radiant, 8_100_000_000L);
        long unlinked = Fixtures.game(tournament, null, radiant, null, null, null);
        long direct = Fixtures.game(null, league, null, null, null, null);
        long second = Fixtures.game(secondTournament, null, null, null, null, 8_100_000_001L);
        Fixtures.game(foreignTournament, null, null, null, null, 8_100_000_002L);

        Reply reply = app.api().get("/api/leagues/" + league + "/matches/");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(List.of(second, direct, unlinked, linked), pks(reply.array()));
        JsonObject match = reply.array().getJsonObject(3);
        assertKeys(Keys.LEAGUE_MATCH, match);
        assertEquals(tournament, match.getJsonNumber("tournament_pk").longValue());
        assertEquals("Matches Cup", match.getString("tournament_name"));
        assertEquals("2026-01-21T18:00:00Z", match.getString("date_played"));
        assertEquals(radiant, match.getJsonNumber("radiant_team").longValue(), "team pks, not nested teams");
        assertEquals(dire, match.getJsonNumber("dire_team").longValue());
        assertEquals("Radiant", match.getString("radiant_team_name"));
        assertEquals("Dire", match.getString("dire_team_name"));
        assertEquals(radiantCaptain, match.getJsonObject("radiant_captain").getJsonNumber("pk").longValue());
        assertKeys(Keys.USER_MINI, match.getJsonObject("radiant_captain"));
        assertEquals(JsonValue.NULL, match.get("dire_captain"));
        assertEquals(radiant, match.getJsonNumber("winning_team").longValue());
        assertEquals(8_100_000_000L, match.getJsonNumber("gameid").longValue());
        JsonObject directMatch = reply.array().getJsonObject(1);
        assertEquals(JsonValue.NULL, directMatch.get("tournament_pk"));
        assertEquals(JsonValue.NULL, directMatch.get("date_played"));
        assertEquals(JsonValue.NULL, directMatch.get("radiant_team_name"));

        assertEquals(List.of(unlinked, linked), pks(app.api().get("/api/leagues/" + league + "/matches?tournament=" + tournament).array()));
        assertEquals(List.of(second, linked), pks(app.api().get("/api/leagues/" + league + "/matches/?linked_only=true").array()));
        assertEquals(List.of(linked), pks(app.api().get("/api/leagues/" + league + "/matches/?linked_only=true&tournament=" + tournament).array()));
    }

    @Test
    void unknownLeaguesAre404EmptyOnesAnEmptyListBadFiltersA400(AppProcess app) {
        assertEquals(404, app.api().get("/api/leagues/999999999/matches/").status());
        assertEquals("{\"detail\":\"Not found.\"}", app.api().get("/api/leagues/999999999/matches").body());
        long empty = Fixtures.league(TestData.unique("empty"));
        assertEquals("[]", app.api().get("/api/leagues/" + empty + "/matches/").body());
        Reply bad = app.api().get("/api/leagues/" + empty + "/matches/?tournament=abc");
        assertEquals(400, bad.status());
        assertEquals("{\"tournament\":[\"A valid integer is required.\"]}", bad.body());
    }
}
