package gg.pickban.tournament.boundary;

import static gg.pickban.tournament.Keys.assertKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
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

/** The three tournament read families: full (with filters and order), basic and list. */
@ExtendWith(SharedApp.class)
class TournamentReadsIT {

    private static List<Long> pks(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("pk").longValue()).toList();
    }

    @Test
    void theFullShapeNestsTeamsGamesPlayersAndCaptains(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("full"), Instant.parse("2026-01-21T18:00:00Z"), null);
        long captain = Fixtures.user(4000);
        long deputy = Fixtures.user(3000);
        long outsider = Fixtures.user(100);
        long dropin = Fixtures.user(null);
        Fixtures.player(tournament, deputy);
        Fixtures.player(tournament, captain);
        long radiant = Fixtures.team(tournament, "Radiant", captain, deputy);
        Fixtures.member(radiant, deputy);
        Fixtures.member(radiant, captain);
        Fixtures.dropin(radiant, dropin);
        Fixtures.left(radiant, outsider);
        long dire = Fixtures.team(tournament, "Dire", outsider, null);
        long game = Fixtures.game(tournament, null, radiant, dire, radiant, 8_123_456_789L);

        JsonObject full = app.api().get("/api/tournaments/" + tournament + "/").object();
        assertEquals(List.of(captain, deputy), pks(full.getJsonArray("users")), "by user pk");
        assertEquals(List.of(captain), pks(full.getJsonArray("captains")), "the captain of Dire is no player");
        assertEquals(List.of(radiant, dire), pks(full.getJsonArray("teams")));
        JsonObject team = full.getJsonArray("teams").getJsonObject(0);
        assertKeys(Keys.TEAM_IN_TOURNAMENT, team);
        assertEquals(List.of(captain, deputy), pks(team.getJsonArray("members")));
        assertEquals(List.of(dropin), pks(team.getJsonArray("dropin_members")));
        assertEquals(List.of(outsider), pks(team.getJsonArray("left_members")), "nested users here, pks only in TeamFull");
        assertEquals(captain, team.getJsonObject("captain").getJsonNumber("pk").longValue());
        assertKeys(Keys.USER_MINI, team.getJsonObject("deputy_captain"));
        assertEquals(0, team.getInt("draft_order"));
        assertEquals(JsonValue.NULL, team.get("placement"));
        assertEquals(JsonValue.NULL, full.getJsonArray("teams").getJsonObject(1).get("deputy_captain"));

        JsonObject nestedGame = full.getJsonArray("games").getJsonObject(0);
        assertKeys(Keys.GAME_IN_TOURNAMENT, nestedGame);
        assertEquals(game, nestedGame.getJsonNumber("pk").longValue());
        assertEquals(8_123_456_789L, nestedGame.getJsonNumber("gameid").longValue());
        assertEquals(1, nestedGame.getInt("round"));
        assertEquals(radiant, nestedGame.getJsonObject("winning_team").getJsonNumber("pk").longValue(), "nested, not an id");
        assertKeys(Keys.TEAM_IN_TOURNAMENT, nestedGame.getJsonObject("dire_team"));
        assertEquals(JsonValue.NULL, nestedGame.get("herodraft_id"));
        assertFalse(full.containsKey("tie_resolution"));
    }

    @Test
    void listsAreNewestFirstAndFilterByLeagueAndOrganization(AppProcess app) {
        long organization = Fixtures.organization(TestData.unique("fo"));
        long otherOrganization = Fixtures.organization(TestData.unique("fo2"));
        long league = Fixtures.league(TestData.unique("fl"));
        long sisterLeague = Fixtures.league(TestData.unique("fl2"));
        long foreignLeague = Fixtures.league(TestData.unique("fl3"));
        Fixtures.link(league, organization);
        Fixtures.link(sisterLeague, organization);
        Fixtures.link(sisterLeague, otherOrganization);
        Fixtures.link(foreignLeague, otherOrganization);
        Instant day = Instant.parse("2031-05-05T10:00:00Z");
        long older = Fixtures.tournament("older", day.minusSeconds(3600), league);
        long tiedLow = Fixtures.tournament("tiedLow", day, league);
        long tiedHigh = Fixtures.tournament("tiedHigh", day, league);
        long sister = Fixtures.tournament("sister", day.plusSeconds(60), sisterLeague);
        long foreign = Fixtures.tournament("foreign", day.plusSeconds(120), foreignLeague);

        assertEquals(List.of(tiedHigh, tiedLow, older), pks(app.api().get("/api/tournaments/?league=" + league).array()));
        assertEquals(List.of(sister, tiedHigh, tiedLow, older),
                pks(app.api().get("/api/tournaments?organization=" + organization).array()));
        assertEquals(List.of(sister), pks(app.api().get("/api/tournaments/?organization=" + organization + "&league=" + sisterLeague).array()));
        assertEquals(List.of(foreign, sister), pks(app.api().get("/api/tournaments-list/?organization=" + otherOrganization).array()));
        List<Long> all = pks(app.api().get("/api/tournaments/").array());
        assertTrue(all.indexOf(foreign) < all.indexOf(sister) && all.indexOf(tiedHigh) < all.indexOf(tiedLow), all.toString());

        Reply bad = app.api().get("/api/tournaments/?league=abc");
        assertEquals(400, bad.status());
        assertEquals("{\"league\":[\"A valid integer is required.\"]}", bad.body());
        assertEquals(400, app.api().get("/api/tournaments-list/?organization=1x").status());
        assertEquals(200, app.api().get("/api/tournaments/?league=").status(), "an empty filter is no filter");
    }

    @Test
    void basicItemsCarryCaptainsButNoWinner(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("basic"), Instant.parse("2026-01-21T18:00:00Z"), null);
        long captain = Fixtures.user(1234);
        Fixtures.player(tournament, captain);
        Fixtures.team(tournament, "Team", captain, null);

        JsonObject item = app.api().get("/api/tournaments-basic/" + tournament + "/").object();
        assertKeys(Keys.TOURNAMENT_BASIC, item);
        assertEquals(List.of(captain), pks(item.getJsonArray("captains")));
        assertEquals(item, app.api().get("/api/tournaments-basic/" + tournament).object());

        List<Long> all = pks(app.api().get("/api/tournaments-basic").array());
        assertEquals(all.stream().sorted().toList(), all, "by pk");
        assertTrue(all.contains(tournament));
        assertEquals(404, app.api().get("/api/tournaments-basic/999999999/").status());

        Reply post = Logins.staff(app).post("/api/tournaments-basic/", "{}");
        assertEquals(405, post.status());
        assertEquals("{\"detail\":\"Method \\\"POST\\\" not allowed.\"}", post.body());
        assertEquals(405, Logins.staff(app).delete("/api/tournaments-list/" + tournament + "/").status());
    }

    @Test
    void listItemsCountPlayersAndNameTheLeague(AppProcess app) {
        long organization = Fixtures.organization("Beta " + TestData.unique("lo"));
        long league = Fixtures.league(TestData.unique("ll"));
        Fixtures.link(league, organization);
        long tournament = Fixtures.tournament(TestData.unique("list"), Instant.parse("2026-01-21T18:00:00Z"), league);
        Fixtures.player(tournament, Fixtures.user(null));
        Fixtures.player(tournament, Fixtures.user(null));
        long leagueless = Fixtures.tournament(TestData.unique("list"), Instant.now(), null);

        JsonObject item = app.api().get("/api/tournaments-list/" + tournament + "/").object();
        assertKeys(Keys.TOURNAMENT_LIST_ITEM, item);
        assertEquals(2, item.getInt("user_count"));
        JsonObject leagueName = item.getJsonObject("league");
        assertEquals(List.of("name", "organization_name", "pk"), leagueName.keySet().stream().sorted().toList());
        assertEquals(league, leagueName.getJsonNumber("pk").longValue());
        assertTrue(leagueName.getString("organization_name").startsWith("Beta "));
        assertEquals(JsonValue.NULL, app.api().get("/api/tournaments-list/" + leagueless).object().get("league"));
        assertEquals(404, app.api().get("/api/tournaments-list/x/").status(), "non-numeric ids are 404");
    }
}
