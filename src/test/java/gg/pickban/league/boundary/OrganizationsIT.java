package gg.pickban.league.boundary;

import static gg.pickban.league.boundary.LeagueFixtures.NOT_AUTHENTICATED;
import static gg.pickban.league.boundary.LeagueFixtures.NO_PERMISSION;
import static gg.pickban.league.boundary.LeagueFixtures.count;
import static gg.pickban.league.boundary.LeagueFixtures.execute;
import static gg.pickban.league.boundary.LeagueFixtures.league;
import static gg.pickban.league.boundary.LeagueFixtures.organization;
import static gg.pickban.league.boundary.LeagueFixtures.tournament;
import static gg.pickban.league.boundary.LeagueFixtures.user;
import static gg.pickban.league.boundary.LeagueFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading, creating and deleting organizations. */
@ExtendWith(SharedApp.class)
class OrganizationsIT {

    static final Set<String> FULL_KEYS = Set.of("pk", "name", "description", "logo", "discord_link", "discord_server_id",
            "rules_template", "timezone", "owner", "admins", "staff", "default_league", "league_count", "tournament_count",
            "created_at", "updated_at");
    private static final String DATETIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?Z";

    @Test
    void theListIsOrderedByNameWithOnlyTheListKeys(AppProcess app) {
        Api staff = Logins.staff(app);
        String stem = TestData.unique("orglist");
        long b = organization(staff, stem + " b");
        long a = organization(staff, stem + " a");
        league(staff, stem + " league", b);

        List<JsonObject> mine = app.api().get("/api/organizations/").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").startsWith(stem)).toList();
        assertEquals(List.of(a, b), mine.stream().map(o -> o.getJsonNumber("pk").longValue()).toList());
        assertEquals(Set.of("pk", "name", "logo", "league_count", "created_at"), mine.get(0).keySet());
        assertEquals(0, mine.get(0).getInt("league_count"));
        assertEquals(1, mine.get(1).getInt("league_count"));
        assertTrue(mine.get(0).getString("created_at").matches(DATETIME), mine.get(0).toString());
    }

    @Test
    void staffCreateAnswersTheFullShapeWithoutCountsAndDoesNotMakeTheCallerOwner(AppProcess app) {
        String name = TestData.unique("created org");
        Reply created = Logins.staff(app).post("/api/organizations/", "{\"name\": \" " + name + " \","
                + " \"description\": \"<script>alert(1)</script>Safe text\", \"logo\": \"https://x.org/logo.png\","
                + " \"discord_link\": \"\", \"rules_template\": \"<img src=x onerror=alert(1)>\","
                + " \"pk\": 424242, \"league_count\": 9, \"owner\": {\"pk\": 1}, \"created_at\": \"2001-01-01T00:00:00Z\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject org = created.object();
        Set<String> withoutCounts = new java.util.HashSet<>(FULL_KEYS);
        withoutCounts.removeAll(Set.of("league_count", "tournament_count"));
        assertEquals(withoutCounts, org.keySet());
        long pk = org.getJsonNumber("pk").longValue();
        assertTrue(pk != 424242, "read-only keys are ignored");
        assertEquals(name, org.getString("name"));
        assertEquals("Safe text", org.getString("description"));
        assertEquals("<img src=\"x\">", org.getString("rules_template"));
        assertEquals("America/New_York", org.getString("timezone"));
        assertEquals(JsonValue.NULL, org.get("owner"));
        assertEquals(JsonValue.NULL, org.get("discord_server_id"));
        assertEquals(JsonValue.NULL, org.get("default_league"));
        assertEquals(List.of(), org.getJsonArray("admins"));
        assertEquals(List.of(), org.getJsonArray("staff"));
        assertTrue(org.getString("created_at").matches(DATETIME) && !org.getString("created_at").startsWith("2001"));
        assertNull(value("SELECT owner_id FROM organization WHERE id = ?", pk));

        JsonObject read = app.api().get("/api/organizations/" + pk + "/").object();
        assertEquals(FULL_KEYS, read.keySet());
        assertEquals(0, read.getInt("league_count"));
        assertEquals(0, read.getInt("tournament_count"));
        withoutCounts.forEach(key -> assertEquals(org.get(key), read.get(key), key));
    }

    @Test
    void createMaySetOwnerAndRolesWhichAreListedByPk(AppProcess app) {
        long owner = user("owner");
        long first = user("first");
        long second = user("second");
        Reply created = Logins.staff(app).post("/api/organizations/", "{\"name\": \"" + TestData.unique("roles") + "\","
                + " \"owner_id\": " + owner + ", \"admin_ids\": [" + second + ", " + first + "], \"staff_ids\": [\"" + first + "\"]}");
        assertEquals(201, created.status(), created.body());
        JsonObject org = created.object();
        assertEquals(owner, org.getJsonObject("owner").getJsonNumber("pk").longValue());
        assertEquals(Set.of("pk", "username", "nickname", "avatar", "discordId", "positions", "steamid", "steam_account_id",
                "avatarUrl", "mmr"), org.getJsonObject("owner").keySet(), "nested users are UserMini");
        assertEquals(List.of(first, second), org.getJsonArray("admins").stream()
                .map(u -> u.asJsonObject().getJsonNumber("pk").longValue()).toList());
        assertEquals(first, org.getJsonArray("staff").getJsonObject(0).getJsonNumber("pk").longValue());
    }

    @Test
    void onlySiteStaffCreates(AppProcess app) {
        String body = "{\"name\": \"" + TestData.unique("nope") + "\"}";
        assertEquals(NOT_AUTHENTICATED, app.api().post("/api/organizations/", body).body());
        Reply user = Logins.user(app).post("/api/organizations/", body);
        assertEquals(403, user.status());
        assertEquals(NO_PERMISSION, user.body());

        long superuserOnly = user("super");
        execute("UPDATE users SET is_superuser = TRUE WHERE id = ?", superuserOnly);
        assertEquals(201, Logins.as(app, superuserOnly).post("/api/organizations/", body).status(), "D3");
        assertEquals(201, Logins.superuser(app).post("/api/organizations/", body).status());
    }

    @Test
    void countsFollowLeaguesAndTournamentsOnTheVeryNextRead(AppProcess app) {
        Api staff = Logins.staff(app);
        long org = organization(staff, TestData.unique("counted"));
        String path = "/api/organizations/" + org + "/";
        long first = league(staff, TestData.unique("l1"), org);
        JsonObject read = app.api().get(path).object();
        assertEquals(1, read.getInt("league_count"));
        assertEquals(0, read.getInt("tournament_count"));

        tournament(TestData.unique("t"), first);
        tournament(TestData.unique("t"), first);
        long other = organization(staff, TestData.unique("other"));
        long shared = league(staff, TestData.unique("l2"), org, other);
        tournament(TestData.unique("t"), shared);
        tournament(TestData.unique("t"), null);
        read = app.api().get(path).object();
        assertEquals(2, read.getInt("league_count"));
        assertEquals(3, read.getInt("tournament_count"));
        assertEquals(1, app.api().get("/api/organizations/" + other).object().getInt("tournament_count"));

        assertEquals(200, staff.patch("/api/leagues/" + first + "/", "{\"organization_ids\": []}").status());
        read = app.api().get(path).object();
        assertEquals(1, read.getInt("league_count"));
        assertEquals(1, read.getInt("tournament_count"));
    }

    @Test
    void deleteIsForStaffAndKeepsLeaguesAndClearsDefaultOrganizations(AppProcess app) {
        Api staff = Logins.staff(app);
        long owner = user("owner");
        long org = organization(staff, TestData.unique("doomed"), "\"owner_id\": " + owner);
        long kept = league(staff, TestData.unique("kept"), org);
        long member = user("member");
        assertEquals(200, staff.patch("/api/users/" + member + "/", "{\"default_organization\": " + org + "}").status());
        String path = "/api/organizations/" + org + "/";

        assertEquals(NOT_AUTHENTICATED, app.api().delete(path).body());
        assertEquals(NO_PERMISSION, Logins.user(app).delete(path).body());
        assertEquals(NO_PERMISSION, Logins.as(app, owner).delete(path).body(), "owners do not delete");
        assertEquals(200, app.api().get(path).status());

        assertEquals(204, staff.delete(path).status());
        assertEquals(404, staff.delete("/api/organizations/" + org).status(), "already gone");
        assertEquals(404, app.api().get(path).status());
        JsonObject league = app.api().get("/api/leagues/" + kept + "/").object();
        assertEquals(List.of(), league.getJsonArray("organizations"));
        assertEquals(JsonValue.NULL, league.get("organization_name"));
        assertEquals(0, count("SELECT COUNT(*) FROM league_organizations WHERE organization_id = ?", org));
        assertNull(value("SELECT default_organization_id FROM users WHERE id = ?", member));
        assertEquals(JsonValue.NULL, app.api().get("/api/users/" + member + "/").object().get("default_organization"));
    }

    @Test
    void unknownAndNonNumericOrganizationsAre404AnonymousDeletesAre403First(AppProcess app) {
        assertEquals("{\"detail\":\"Not found.\"}", app.api().get("/api/organizations/999999999/").body());
        assertEquals(404, app.api().get("/api/organizations/abc/").status());
        assertEquals(404, app.api().get("/api/organizations/abc").status());
        assertEquals(404, app.api().get("/api/organizations/1x/admins/").status());
        assertEquals(404, Logins.staff(app).delete("/api/organizations/999999999").status());
        assertEquals(NOT_AUTHENTICATED, app.api().delete("/api/organizations/999999999/").body());
    }

    @Test
    void everyRouteAnswersWithAndWithoutTheTrailingSlash(AppProcess app) {
        Api staff = Logins.staff(app);
        long org = organization(staff, TestData.unique("slashes"));
        assertEquals(app.api().get("/api/organizations/").body(), app.api().get("/api/organizations").body());
        assertEquals(app.api().get("/api/organizations/" + org + "/").body(), app.api().get("/api/organizations/" + org).body());
        assertEquals(201, staff.post("/api/organizations", "{\"name\": \"" + TestData.unique("noslash") + "\"}").status());
        assertEquals(200, staff.patch("/api/organizations/" + org, "{\"timezone\": \"UTC\"}").status());
        assertEquals(200, staff.put("/api/organizations/" + org, "{\"name\": \"renamed\"}").status());
        Reply notAllowed = staff.put("/api/organizations/", "{}");
        assertEquals(405, notAllowed.status());
        assertEquals("{\"detail\":\"Method \\\"PUT\\\" not allowed.\"}", notAllowed.body());
        assertEquals(204, staff.delete("/api/organizations/" + org).status());
    }
}
