package gg.pickban.tournament.boundary;

import static gg.pickban.tournament.Keys.assertKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import gg.pickban.tournament.Fixtures;
import gg.pickban.tournament.Keys;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The game router: GameFull, CanManageGame of the game as saved and radiant_team_id (docs/decisions.md D5, D7). */
@ExtendWith(SharedApp.class)
class GamesIT {

    static final String CREATE_DENIED = "{\"detail\":\"You do not have permission to create games in this tournament.\"}";
    static final String MANAGE_DENIED = "{\"detail\":\"You do not have permission to manage this game.\"}";

    private static long pk(JsonObject object, String key) {
        return object.getJsonObject(key).getJsonNumber("pk").longValue();
    }

    @Test
    void d7EachTeamIdSetsItsOwnSlotAndGameFullNestsTeams(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("g7"), Instant.now(), null);
        long captain = Fixtures.user(null);
        long radiant = Fixtures.team(tournament, "Radiant", captain, null);
        long dire = Fixtures.team(tournament, "Dire", null, null);

        Reply reply = Logins.staff(app).post("/api/games/", "{\"tournament_id\": " + tournament + ", \"radiant_team_id\": "
                + radiant + ", \"dire_team_id\": " + dire + ", \"gameid\": \"8000000001\", \"round\": 3}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject game = reply.object();
        assertKeys(Keys.GAME_FULL, game);
        assertEquals(radiant, pk(game, "radiant_team"));
        assertEquals(dire, pk(game, "dire_team"));
        assertKeys(Keys.TEAM_IN_TOURNAMENT, game.getJsonObject("radiant_team"));
        assertEquals(captain, pk(game.getJsonObject("radiant_team"), "captain"));
        assertEquals(8000000001L, game.getJsonNumber("gameid").longValue());
        assertEquals(3, game.getInt("round"));
        assertEquals(JsonValue.NULL, game.get("winning_team"));
        assertEquals(JsonValue.NULL, game.get("herodraft_id"));
        long gamePk = game.getJsonNumber("pk").longValue();
        assertEquals(0L, Fixtures.number("SELECT position FROM game WHERE id = ?", gamePk), "bracket fields keep their defaults");
        assertEquals(1L, Fixtures.number("SELECT COUNT(*) FROM game WHERE id = ? AND bracket_type = 'winners' AND status = 'pending'", gamePk));
        assertEquals(game, app.api().get("/api/games/" + gamePk).object());

        Reply registered = Logins.staff(app).post("/api/game/register", "{\"tournament_id\": " + tournament
                + ", \"radiant_team_id\": " + radiant + ", \"dire_team_id\": " + radiant + "}");
        assertEquals(201, registered.status(), registered.body());
        assertEquals(radiant, pk(registered.object(), "radiant_team"));
        assertEquals(radiant, pk(registered.object(), "dire_team"));
        assertEquals(1, registered.object().getInt("round"), "default round");

        List<Long> all = app.api().get("/api/games/").array().getValuesAs(JsonObject.class).stream()
                .map(g -> g.getJsonNumber("pk").longValue()).toList();
        assertEquals(all.stream().sorted().toList(), all);
    }

    @Test
    void whoMayCreateGames(AppProcess app) {
        long organization = Fixtures.organization(TestData.unique("go"));
        long league = Fixtures.league(TestData.unique("gl"));
        Fixtures.link(league, organization);
        long tournament = Fixtures.tournament(TestData.unique("gt"), Instant.now(), league);
        long leaguelessTournament = Fixtures.tournament(TestData.unique("gfree"), Instant.now(), null);
        long leagueStaff = Fixtures.user(null);
        Fixtures.leagueStaff(league, leagueStaff);
        long organizationStaff = Fixtures.user(null);
        Fixtures.organizationStaff(organization, organizationStaff);
        long otherStaff = Fixtures.user(null);
        Fixtures.leagueAdmin(Fixtures.league(TestData.unique("gother")), otherStaff);
        String inLeague = "{\"tournament_id\": " + tournament + "}";

        assertEquals("{\"detail\":\"Authentication credentials were not provided.\"}", app.api().post("/api/games/", inLeague).body());
        assertEquals(CREATE_DENIED, Logins.user(app).post("/api/games/", inLeague).body());
        assertEquals(CREATE_DENIED, Logins.as(app, otherStaff).post("/api/games/", inLeague).body(), "admin of another league");
        assertEquals(201, Logins.as(app, leagueStaff).post("/api/games/", inLeague).status());
        assertEquals(201, Logins.as(app, organizationStaff).post("/api/game/register", inLeague).status());
        assertEquals(CREATE_DENIED, Logins.as(app, leagueStaff).post("/api/games/", "{\"tournament_id\": " + leaguelessTournament + "}").body(),
                "league-less: staff only");
        assertEquals(CREATE_DENIED, Logins.as(app, leagueStaff).post("/api/games/", "{}").body());
        assertEquals(201, Logins.staff(app).post("/api/games/", "{}").status());
        JsonObject errors = Logins.staff(app).post("/api/games/", "{\"round\": \"x\", \"dire_team_id\": 999999999}").object();
        assertEquals("A valid integer is required.", errors.getJsonArray("round").getString(0));
        assertEquals("Invalid pk \"999999999\" - object does not exist.", errors.getJsonArray("dire_team_id").getString(0));
    }

    @Test
    void whoMayChangeMoveAndDeleteAGame(AppProcess app) {
        long league = Fixtures.league(TestData.unique("ml"));
        long otherLeague = Fixtures.league(TestData.unique("ml2"));
        long tournament = Fixtures.tournament(TestData.unique("mt"), Instant.now(), league);
        long otherTournament = Fixtures.tournament(TestData.unique("mt2"), Instant.now(), otherLeague);
        long team = Fixtures.team(tournament, "Winner", null, null);
        long game = Fixtures.game(tournament, null, null, null, null, null);
        long leagueStaff = Fixtures.user(null);
        Fixtures.leagueStaff(league, leagueStaff);
        long otherStaff = Fixtures.user(null);
        Fixtures.leagueStaff(otherLeague, otherStaff);
        Api staffOfLeague = Logins.as(app, leagueStaff);

        Reply won = staffOfLeague.patch("/api/games/" + game, "{\"winning_team_id\": " + team + ", \"gameid\": 8000000002}");
        assertEquals(200, won.status(), won.body());
        assertEquals(team, pk(won.object(), "winning_team"));
        assertEquals(MANAGE_DENIED, Logins.as(app, otherStaff).patch("/api/games/" + game + "/", "{\"round\": 2}").body());
        assertEquals(MANAGE_DENIED, staffOfLeague.patch("/api/games/" + game + "/", "{\"tournament_id\": " + otherTournament + "}").body(),
                "moving needs the target's league too");
        assertEquals(tournament, Fixtures.number("SELECT tournament_id FROM game WHERE id = ?", game));
        assertEquals(200, Logins.staff(app).put("/api/games/" + game + "/", "{\"gameid\": null}").status(), "PUT has no required field");
        assertEquals(null, Fixtures.number("SELECT gameid FROM game WHERE id = ?", game));

        long directLeagueGame = Fixtures.game(null, league, null, null, null, null);
        assertEquals(200, staffOfLeague.patch("/api/games/" + directLeagueGame + "/", "{\"round\": 4}").status(),
                "a game's direct league counts");
        assertEquals(MANAGE_DENIED, Logins.as(app, otherStaff).delete("/api/games/" + directLeagueGame + "/").body());
        assertEquals(204, staffOfLeague.delete("/api/games/" + directLeagueGame + "/").status());
        assertFalse(Fixtures.exists("game", directLeagueGame));
        assertEquals(404, staffOfLeague.delete("/api/games/" + directLeagueGame + "/").status());
        assertEquals(404, app.api().get("/api/games/abc").status());
    }
}
