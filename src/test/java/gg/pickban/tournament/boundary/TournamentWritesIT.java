package gg.pickban.tournament.boundary;

import static gg.pickban.tournament.Keys.assertKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import gg.pickban.tournament.Fixtures;
import gg.pickban.tournament.Keys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tournament create, update and delete: shapes, validation, docs/decisions.md D5, D6, D58 and the winning team. */
@ExtendWith(SharedApp.class)
class TournamentWritesIT {

    static final String CREATE_DENIED = "{\"detail\":\"You do not have permission to create tournaments in this league.\"}";
    static final String EDIT_DENIED = "{\"detail\":\"You do not have permission to edit this tournament.\"}";
    static final String GENERIC_DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";
    static final String ANONYMOUS = "{\"detail\":\"Authentication credentials were not provided.\"}";

    private static String body(String name, Object league) {
        return "{\"name\": \"" + name + "\", \"tournament_type\": \"swiss\", \"date_played\": \"2026-01-21T18:00\""
                + (league == null ? "" : ", \"league\": " + league) + "}";
    }

    private static long steamLeagueId(long tournament) {
        return Fixtures.number("SELECT steam_league_id FROM tournament WHERE id = ?", tournament);
    }

    @Test
    void staffCreatesALeaguelessTournamentWithTheDefaults(AppProcess app) {
        Reply reply = Logins.staff(app).post("/api/tournaments/", body(TestData.unique("cup"), null));
        assertEquals(201, reply.status(), reply.body());
        JsonObject created = reply.object();
        assertKeys(Keys.TOURNAMENT_FULL, created);
        assertEquals(JsonValue.NULL, created.get("draft"));
        assertEquals(JsonValue.NULL, created.get("league"));
        assertEquals(JsonValue.NULL, created.get("winning_team"));
        assertEquals("2026-01-21T18:00:00Z", created.getString("date_played"), "a naive datetime is UTC");
        assertEquals("UTC", created.getString("timezone"));
        assertEquals("future", created.getString("state"));
        assertEquals("swiss", created.getString("tournament_type"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, created.get("users"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, created.get("captains"));
        long pk = created.getJsonNumber("pk").longValue();
        assertEquals(17929, steamLeagueId(pk), "D58: no league, the configured default");
        assertEquals(created, app.api().get("/api/tournaments/" + pk).object(), "stored as answered, read without slash");
    }

    @Test
    void registerTakesTheFormsLeagueKeyAndTheSteamLeagueFollowsIt(AppProcess app) {
        long league = Fixtures.league(TestData.unique("d6"), 31337 + (int) (System.nanoTime() % 1_000_000));
        long zeta = Fixtures.organization("Zeta " + TestData.unique("o"));
        long alpha = Fixtures.organization("Alpha " + TestData.unique("o"));
        Fixtures.link(league, zeta);
        Fixtures.link(league, alpha);
        long players = Fixtures.user(2000);

        Reply reply = Logins.staff(app).post("/api/tournament/register", "{\"name\": \"Reg\", \"tournament_type\": \"single_elimination\","
                + " \"date_played\": \"2026-02-01 10:30:15.5+02:00\", \"timezone\": \"Europe/Berlin\", \"league\": " + league
                + ", \"user_ids\": [" + players + "]}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject created = reply.object();
        assertEquals("2026-02-01T08:30:15.500000Z", created.getString("date_played"));
        assertEquals("Europe/Berlin", created.getString("timezone"), "informational only");
        JsonObject leagueRef = created.getJsonObject("league");
        assertKeys(Keys.LEAGUE_REF, leagueRef);
        assertEquals(league, leagueRef.getJsonNumber("pk").longValue());
        assertEquals(alpha, leagueRef.getJsonArray("organizations").getJsonObject(0).getJsonNumber("pk").longValue(), "by name");
        assertKeys(Keys.ORG_REF, leagueRef.getJsonArray("organizations").getJsonObject(1));
        assertTrue(leagueRef.getString("organization_name").startsWith("Alpha "));
        long steam = leagueRef.getInt("steam_league_id");
        assertEquals(steam, steamLeagueId(created.getJsonNumber("pk").longValue()), "D58");
        assertEquals(players, created.getJsonArray("users").getJsonObject(0).getJsonNumber("pk").longValue());
        assertKeys(Keys.USER_MINI, created.getJsonArray("users").getJsonObject(0));
    }

    @Test
    void leagueIdWriteWinsOverTheAliasAndALeagueObjectIsIgnored(AppProcess app) {
        long first = Fixtures.league(TestData.unique("first"));
        long second = Fixtures.league(TestData.unique("second"));
        Api staff = Logins.staff(app);
        Reply both = staff.post("/api/tournaments/", "{\"name\": \"Both\", \"tournament_type\": \"swiss\","
                + " \"date_played\": \"2026-01-21\", \"league\": " + first + ", \"league_id_write\": " + second + "}");
        assertEquals(second, both.object().getJsonObject("league").getJsonNumber("pk").longValue());
        assertEquals("2026-01-21T00:00:00Z", both.object().getString("date_played"), "a bare date is midnight UTC");

        Reply object = staff.post("/api/tournaments/", body("Object", "{\"pk\": " + first + "}"));
        assertEquals(201, object.status(), object.body());
        assertEquals(JsonValue.NULL, object.object().get("league"));

        Reply unknown = staff.post("/api/tournaments/", body("Unknown", "999999999"));
        assertEquals("{\"league\":[\"Invalid pk \\\"999999999\\\" - object does not exist.\"]}", unknown.body());
    }

    @Test
    void whoMayCreateWhere(AppProcess app) {
        long organization = Fixtures.organization(TestData.unique("org"));
        long league = Fixtures.league(TestData.unique("perm"));
        long otherLeague = Fixtures.league(TestData.unique("other"));
        Fixtures.link(league, organization);
        long leagueAdmin = Fixtures.user(null);
        Fixtures.leagueAdmin(league, leagueAdmin);
        long leagueStaff = Fixtures.user(null);
        Fixtures.leagueStaff(league, leagueStaff);
        long organizationAdmin = Fixtures.user(null);
        Fixtures.organizationAdmin(organization, organizationAdmin);

        assertEquals(ANONYMOUS, app.api().post("/api/tournaments/", body("Anon", league)).body());
        Reply userLeagueless = Logins.user(app).post("/api/tournaments/", body("U", null));
        assertEquals(403, userLeagueless.status());
        assertEquals(GENERIC_DENIED, userLeagueless.body());
        assertEquals(CREATE_DENIED, Logins.user(app).post("/api/tournaments/", body("U", league)).body());
        assertEquals(CREATE_DENIED, Logins.as(app, leagueStaff).post("/api/tournaments/", body("S", league)).body(),
                "league staff is not league admin");

        Api admin = Logins.as(app, leagueAdmin);
        assertEquals(201, admin.post("/api/tournaments/", body("A", league)).status());
        assertEquals(201, admin.post("/api/tournament/register", body("A2", league)).status());
        assertEquals(CREATE_DENIED, admin.post("/api/tournaments/", body("A", otherLeague)).body(), "another league");
        assertEquals(GENERIC_DENIED, admin.post("/api/tournaments/", body("A", null)).body(), "league-less: staff only");
        assertEquals(201, Logins.as(app, organizationAdmin).post("/api/tournaments/", body("O", league)).status(),
                "organization admins inherit the league's roles");
        assertEquals(201, Logins.superuser(app).post("/api/tournaments/", body("Su", otherLeague)).status());
    }

    @Test
    void refusedFieldsAreReportedTogetherAndNothingIsStored(AppProcess app) {
        Api staff = Logins.staff(app);
        long before = Fixtures.number("SELECT COUNT(*) FROM tournament");
        assertEquals("{\"name\":[\"This field is required.\"],\"date_played\":[\"This field is required.\"],"
                + "\"tournament_type\":[\"This field is required.\"]}", staff.post("/api/tournaments/", "{}").body());

        Reply reply = staff.post("/api/tournaments/", "{\"name\": \"\", \"date_played\": \"yesterday\", \"tournament_type\": \"swiss\","
                + " \"state\": \"signup\", \"user_ids\": [1, 999999998], \"winning_team\": 999999997, \"timezone\": null}");
        assertEquals(400, reply.status());
        JsonObject errors = reply.object();
        assertEquals("This field may not be blank.", errors.getJsonArray("name").getString(0));
        assertTrue(errors.getJsonArray("date_played").getString(0).startsWith("Datetime has wrong format."));
        assertEquals("\"signup\" is not a valid choice.", errors.getJsonArray("state").getString(0));
        assertEquals("Invalid pk \"999999998\" - object does not exist.", errors.getJsonArray("user_ids").getString(0));
        assertEquals("Invalid pk \"999999997\" - object does not exist.", errors.getJsonArray("winning_team").getString(0));
        assertEquals("This field may not be null.", errors.getJsonArray("timezone").getString(0));
        assertEquals(before, Fixtures.number("SELECT COUNT(*) FROM tournament"));

        assertEquals("{\"user_ids\":[\"Expected a list of items but got type \\\"int\\\".\"]}",
                staff.post("/api/tournaments/", "{\"name\": \"x\", \"date_played\": \"2026-01-01\", \"tournament_type\": \"x\", \"user_ids\": 5}").body());
    }

    @Test
    void aTeamWinsAtMostOneTournament(AppProcess app) {
        long first = Fixtures.tournament(TestData.unique("w1"), Instant.now(), null);
        long second = Fixtures.tournament(TestData.unique("w2"), Instant.now(), null);
        long team = Fixtures.team(first, "Champions", null, null);
        Api staff = Logins.staff(app);

        Reply won = staff.patch("/api/tournaments/" + first + "/", "{\"winning_team\": " + team + "}");
        assertEquals(200, won.status(), won.body());
        assertEquals(team, won.object().getJsonNumber("winning_team").longValue(), "an integer, not a nested team");
        assertEquals(200, staff.patch("/api/tournaments/" + first + "/", "{\"winning_team\": \"" + team + "\"}").status(),
                "the same tournament again is fine");
        assertEquals("{\"winning_team\":[\"tournament with this winning team already exists.\"]}",
                staff.patch("/api/tournaments/" + second + "/", "{\"winning_team\": " + team + "}").body());

        assertEquals(204, staff.delete("/api/teams/" + team + "/").status());
        assertEquals(JsonValue.NULL, app.api().get("/api/tournaments/" + first + "/").object().get("winning_team"),
                "set null when the team is deleted");
    }

    @Test
    void whoMayEditAndMoveATournament(AppProcess app) {
        long organization = Fixtures.organization(TestData.unique("eo"));
        long league = Fixtures.league(TestData.unique("el"));
        Fixtures.link(league, organization);
        long otherLeague = Fixtures.league(TestData.unique("ol"), 900_000 + (int) (System.nanoTime() % 90_000));
        long tournament = Fixtures.tournament(TestData.unique("edit"), Instant.now(), league);
        long leaguelessTournament = Fixtures.tournament(TestData.unique("free"), Instant.now(), null);
        long admin = Fixtures.user(null);
        Fixtures.leagueAdmin(league, admin);
        long otherAdmin = Fixtures.user(null);
        Fixtures.leagueAdmin(otherLeague, otherAdmin);
        long bothAdmin = Fixtures.user(null);
        Fixtures.organizationAdmin(organization, bothAdmin);
        Fixtures.leagueAdmin(otherLeague, bothAdmin);
        String path = "/api/tournaments/" + tournament + "/";

        assertEquals(ANONYMOUS, app.api().patch(path, "{\"name\": \"x\"}").body());
        assertEquals(EDIT_DENIED, Logins.user(app).patch(path, "{\"name\": \"x\"}").body());
        assertEquals(EDIT_DENIED, Logins.as(app, otherAdmin).patch(path, "{\"name\": \"x\"}").body(), "admin of another league");
        assertEquals(EDIT_DENIED, Logins.as(app, admin).patch("/api/tournaments/" + leaguelessTournament, "{\"name\": \"x\"}").body(),
                "a league-less tournament is staff-only");

        Api leagueAdmin = Logins.as(app, admin);
        Reply renamed = leagueAdmin.patch(path, "{\"name\": \"Renamed\", \"state\": \"in_progress\", \"tournament_type\": \"swiss\","
                + " \"date_played\": \"2026-03-01T12:00:00Z\", \"timezone\": \"UTC\", \"league_id_write\": " + league + "}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Renamed", renamed.object().getString("name"));
        assertEquals("in_progress", renamed.object().getString("state"));

        assertEquals(EDIT_DENIED, leagueAdmin.patch(path, "{\"league\": " + otherLeague + "}").body(), "D5: needs the new league too");
        assertEquals(league, Fixtures.number("SELECT league_id FROM tournament WHERE id = ?", tournament));

        Reply moved = Logins.as(app, bothAdmin).patch(path, "{\"league\": " + otherLeague + "}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(otherLeague, moved.object().getJsonObject("league").getJsonNumber("pk").longValue());
        assertEquals(Fixtures.number("SELECT steam_league_id FROM league WHERE id = ?", otherLeague), steamLeagueId(tournament), "D58");

        Reply freed = Logins.as(app, otherAdmin).patch(path, "{\"league_id_write\": null}");
        assertEquals(200, freed.status(), freed.body());
        assertEquals(JsonValue.NULL, freed.object().get("league"));
        assertEquals(17929, steamLeagueId(tournament));
        assertEquals(200, Logins.staff(app).put(path, "{\"name\": \"Put\", \"date_played\": \"2026-01-01\", \"tournament_type\": \"swiss\"}").status());
    }

    @Test
    void putNeedsTheRequiredFieldsPatchIgnoresReadOnlyAndUnknownKeys(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("put"), Instant.now(), null);
        Api staff = Logins.staff(app);
        assertEquals("{\"date_played\":[\"This field is required.\"],\"tournament_type\":[\"This field is required.\"]}",
                staff.put("/api/tournaments/" + tournament + "/", "{\"name\": \"x\"}").body());

        JsonObject current = app.api().get("/api/tournaments/" + tournament + "/").object();
        JsonObject sentBack = Json.createObjectBuilder(current).add("name", "Again " + current.getString("name"))
                .add("pk", 1).add("bogus", Json.createArrayBuilder().add(1)).build();
        Reply whole = staff.patch("/api/tournaments/" + tournament + "/", sentBack.toString());
        assertEquals(200, whole.status(), whole.body());
        assertEquals(tournament, whole.object().getJsonNumber("pk").longValue());
        assertTrue(whole.object().getString("name").startsWith("Again "));
        assertEquals(404, staff.patch("/api/tournaments/999999999/", "{}").status());
        assertEquals(404, staff.patch("/api/tournaments/abc/", "{}").status());
    }

    @Test
    void deleteTakesTeamsAndGamesButNotPlayers(AppProcess app) {
        long league = Fixtures.league(TestData.unique("dl"));
        long tournament = Fixtures.tournament(TestData.unique("del"), Instant.now(), league);
        long player = Fixtures.user(3000);
        Fixtures.player(tournament, player);
        long team = Fixtures.team(tournament, "Gone", player, null);
        Fixtures.member(team, player);
        long game = Fixtures.game(tournament, null, team, null, team, null);
        Fixtures.execute("UPDATE tournament SET winning_team_id = ? WHERE id = ?", team, tournament);
        long otherAdmin = Fixtures.user(null);
        Fixtures.leagueAdmin(Fixtures.league(TestData.unique("dl2")), otherAdmin);

        assertEquals(EDIT_DENIED, Logins.as(app, otherAdmin).delete("/api/tournaments/" + tournament + "/").body());
        long admin = Fixtures.user(null);
        Fixtures.leagueAdmin(league, admin);
        Reply deleted = Logins.as(app, admin).delete("/api/tournaments/" + tournament);
        assertEquals(204, deleted.status(), deleted.body());
        assertEquals("", deleted.body());
        assertFalse(Fixtures.exists("tournament", tournament));
        assertFalse(Fixtures.exists("team", team));
        assertFalse(Fixtures.exists("game", game));
        assertTrue(Fixtures.exists("users", player));
        assertEquals(404, app.api().get("/api/tournaments/" + tournament + "/").status());
        assertEquals(404, Logins.staff(app).delete("/api/tournaments/" + tournament + "/").status());
    }
}
