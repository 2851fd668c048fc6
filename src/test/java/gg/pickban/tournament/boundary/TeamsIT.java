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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The team router: TeamFull, scalars before member sets, docs/decisions.md D9, unknown pks and the membership rules of docs/rules.md §3.3. */
@ExtendWith(SharedApp.class)
class TeamsIT {

    static final String BAD_DEPUTY = "{\"deputy_captain_id\":[\"Deputy captain must be a team member other than the captain.\"]}";

    private static List<Long> pks(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("pk").longValue()).toList();
    }

    private static long pk(JsonObject object, String key) {
        return object.getJsonObject(key).getJsonNumber("pk").longValue();
    }

    @Test
    void staffCreatesATeamAndGetsTeamFull(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("tf"), Instant.parse("2026-01-21T18:00:00Z"), null);
        long captain = Fixtures.user(4000);
        long member = Fixtures.user(2500);
        long unrated = Fixtures.user(null);
        long dropin = Fixtures.user(9000);
        long leftA = Fixtures.user(null);
        long leftB = Fixtures.user(null);
        Fixtures.player(tournament, captain);

        Reply reply = Logins.staff(app).post("/api/teams/", "{\"name\": \"Radiant\", \"tournament_id\": " + tournament
                + ", \"captain_id\": " + captain + ", \"member_ids\": [" + unrated + ", " + member + "], \"dropin_member_ids\": ["
                + dropin + "], \"left_member_ids\": [" + leftB + ", " + leftA + "], \"draft_order\": \"2\", \"current_points\": 7,"
                + " \"placement\": 1, \"members_ids\": [1]}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject team = reply.object();
        assertKeys(Keys.TEAM_FULL, team);
        assertEquals(List.of(member, unrated), pks(team.getJsonArray("members")), "by pk; the captain is not added");
        assertEquals(List.of(dropin), pks(team.getJsonArray("dropin_members")));
        assertEquals(List.of(leftA, leftB), team.getJsonArray("left_members").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(n -> n.longValue()).toList(), "left members are bare pks");
        assertEquals(captain, pk(team, "captain"));
        assertEquals(JsonValue.NULL, team.get("deputy_captain"));
        assertEquals(4000 + 2500, team.getInt("total_mmr"), "captain + members, null MMR as 0, drop-ins excluded");
        assertEquals(2, team.getInt("draft_order"));
        assertEquals(7, team.getInt("current_points"));
        assertEquals(1, team.getInt("placement"));
        JsonObject base = team.getJsonObject("tournament");
        assertKeys(Keys.TOURNAMENT_BASE, base);
        assertEquals(List.of(captain), pks(base.getJsonArray("captains")));
        assertEquals(team, app.api().get("/api/teams/" + team.getInt("pk")).object());

        List<Long> all = pks(app.api().get("/api/teams/").array());
        assertEquals(all.stream().sorted().toList(), all);
        Reply registered = Logins.staff(app).post("/api/team/register", "{\"name\": \"Bare\"}");
        assertEquals(201, registered.status(), registered.body());
        assertEquals(JsonValue.NULL, registered.object().get("tournament"));
        assertEquals(0, registered.object().getInt("draft_order"));
        assertEquals(JsonValue.NULL, registered.object().get("placement"));
    }

    @Test
    void teamWritesAreForStaffAndRefusedFieldsChangeNothing(AppProcess app) {
        long team = Fixtures.team(Fixtures.tournament(TestData.unique("tp"), Instant.now(), null), "Keep", null, null);
        assertEquals("{\"detail\":\"Authentication credentials were not provided.\"}", app.api().post("/api/teams/", "{\"name\": \"x\"}").body());
        assertEquals("{\"detail\":\"You do not have permission to perform this action.\"}",
                Logins.user(app).post("/api/team/register", "{\"name\": \"x\"}").body());
        assertEquals(403, Logins.user(app).patch("/api/teams/" + team + "/", "{\"name\": \"x\"}").status());
        assertEquals(403, Logins.user(app).delete("/api/teams/" + team + "/").status());

        Api staff = Logins.staff(app);
        assertEquals("{\"name\":[\"This field is required.\"]}", staff.post("/api/teams/", "{}").body());
        assertEquals("{\"name\":[\"This field is required.\"]}", staff.put("/api/teams/" + team + "/", "{\"draft_order\": 1}").body());
        Reply refused = staff.patch("/api/teams/" + team + "/", "{\"name\": \"Changed\", \"member_ids\": [999999999],"
                + " \"draft_order\": -1, \"placement\": 0, \"captain_id\": \"x\"}");
        assertEquals(400, refused.status());
        JsonObject errors = refused.object();
        assertEquals("Invalid pk \"999999999\" - object does not exist.", errors.getJsonArray("member_ids").getString(0));
        assertEquals("Ensure this value is greater than or equal to 0.", errors.getJsonArray("draft_order").getString(0));
        assertEquals("Ensure this value is greater than or equal to 1.", errors.getJsonArray("placement").getString(0));
        assertEquals("Incorrect type. Expected pk value, received str.", errors.getJsonArray("captain_id").getString(0));
        assertEquals("Keep", app.api().get("/api/teams/" + team + "/").object().getString("name"));
        assertEquals(404, staff.get("/api/teams/999999999/").status());
        assertEquals(404, staff.get("/api/teams/abc/").status());
    }

    @Test
    void d9TheDeputyMustBeAMemberOtherThanTheCaptainAfterTheSameRequestsMembers(AppProcess app) {
        long captain = Fixtures.user(null);
        long member = Fixtures.user(null);
        long outsider = Fixtures.user(null);
        long team = Fixtures.team(Fixtures.tournament(TestData.unique("d9"), Instant.now(), null), "D9", captain, null);
        Fixtures.member(team, captain);
        Fixtures.member(team, member);
        Api staff = Logins.staff(app);
        String path = "/api/teams/" + team + "/";

        assertEquals(BAD_DEPUTY, staff.patch(path, "{\"deputy_captain_id\": " + outsider + "}").body());
        assertEquals(BAD_DEPUTY, staff.patch(path, "{\"deputy_captain_id\": " + captain + "}").body());
        assertEquals(BAD_DEPUTY, staff.patch(path, "{\"deputy_captain_id\": " + member + ", \"member_ids\": [" + captain + "]}").body(),
                "checked against the members of the same request");
        assertEquals(List.of(captain, member), pks(staff.get(path).object().getJsonArray("members")), "the refusal rolled back");

        Reply joined = staff.patch(path, "{\"deputy_captain_id\": " + outsider + ", \"member_ids\": [" + captain + ", " + member + ", " + outsider + "]}");
        assertEquals(200, joined.status(), joined.body());
        assertEquals(outsider, pk(joined.object(), "deputy_captain"));
        assertEquals(200, staff.patch(path, "{\"deputy_captain_id\": null}").status());
    }

    @Test
    void membershipRulesApplyToMemberIdsWithTheCaptainOfTheSameRequest(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("m54"), Instant.now(), null);
        long captain = Fixtures.user(5000);
        long deputy = Fixtures.user(100);
        long strong = Fixtures.user(4000);
        long tiedLowPk = Fixtures.user(3000);
        long tiedHighPk = Fixtures.user(3000);
        Api staff = Logins.staff(app);

        long team = Fixtures.team(tournament, "Deputy", captain, deputy);
        List.of(captain, deputy, strong).forEach(u -> Fixtures.member(team, u));
        Reply succeeded = staff.patch("/api/teams/" + team, "{\"pk\": " + team + ", \"name\": \"Deputy\", \"tournament_id\": "
                + tournament + ", \"captain_id\": " + captain + ", \"member_ids\": [" + deputy + ", " + strong + "]}");
        assertEquals(200, succeeded.status(), succeeded.body());
        assertEquals(deputy, pk(succeeded.object(), "captain"), "re-sending the old captain is no new appointment");
        assertEquals(JsonValue.NULL, succeeded.object().get("deputy_captain"));

        long team2 = Fixtures.team(tournament, "Mmr", captain, deputy);
        List.of(captain, deputy, tiedHighPk, tiedLowPk).forEach(u -> Fixtures.member(team2, u));
        Reply byMmr = staff.patch("/api/teams/" + team2 + "/", "{\"member_ids\": [" + tiedHighPk + ", " + tiedLowPk + "]}");
        assertEquals(tiedLowPk, pk(byMmr.object(), "captain"), "highest MMR, ties to the lowest pk");

        long team3 = Fixtures.team(tournament, "Explicit", captain, null);
        List.of(captain, strong).forEach(u -> Fixtures.member(team3, u));
        Reply explicit = staff.patch("/api/teams/" + team3 + "/", "{\"captain_id\": " + deputy + ", \"member_ids\": [" + strong + "]}");
        assertEquals(deputy, pk(explicit.object(), "captain"), "a new captain is never overridden by succession");
    }

    @Test
    void aPatchThatEmptiesTheTeamAnswersItsLastStateAndDeletesItWithItsGames(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("empty"), Instant.now(), null);
        long member = Fixtures.user(null);
        long team = Fixtures.team(tournament, "Vanishing", member, null);
        Fixtures.member(team, member);
        long other = Fixtures.team(tournament, "Other", null, null);
        long game = Fixtures.game(tournament, null, other, team, null, null);

        Reply reply = Logins.staff(app).patch("/api/teams/" + team + "/", "{\"member_ids\": [], \"name\": \"Last\"}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(team, reply.object().getJsonNumber("pk").longValue());
        assertEquals("Last", reply.object().getString("name"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, reply.object().get("members"));
        assertEquals(404, app.api().get("/api/teams/" + team + "/").status());
        assertFalse(Fixtures.exists("game", game));
        assertTrue(Fixtures.exists("team", other));
    }

    @Test
    void deletingATeamDeletesEveryGameReferencingItAndClearsTheWinner(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("tdel"), Instant.now(), null);
        long team = Fixtures.team(tournament, "Doomed", null, null);
        long other = Fixtures.team(tournament, "Stays", null, null);
        long asRadiant = Fixtures.game(tournament, null, team, other, null, null);
        long asDire = Fixtures.game(tournament, null, other, team, null, null);
        long asWinner = Fixtures.game(tournament, null, other, null, team, null);
        long unrelated = Fixtures.game(tournament, null, other, null, other, null);
        Fixtures.execute("UPDATE tournament SET winning_team_id = ? WHERE id = ?", team, tournament);

        Reply deleted = Logins.staff(app).delete("/api/teams/" + team);
        assertEquals(204, deleted.status(), deleted.body());
        for (long game : List.of(asRadiant, asDire, asWinner)) {
            assertFalse(Fixtures.exists("game", game));
        }
        assertTrue(Fixtures.exists("game", unrelated));
        assertEquals(null, Fixtures.number("SELECT winning_team_id FROM tournament WHERE id = ?", tournament));
        assertEquals(404, Logins.staff(app).delete("/api/teams/" + team + "/").status());
    }
}
