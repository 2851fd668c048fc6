package gg.pickban.league.boundary;

import static gg.pickban.league.boundary.LeagueFixtures.NOT_AUTHENTICATED;
import static gg.pickban.league.boundary.LeagueFixtures.execute;
import static gg.pickban.league.boundary.LeagueFixtures.league;
import static gg.pickban.league.boundary.LeagueFixtures.organization;
import static gg.pickban.league.boundary.LeagueFixtures.steamLeagueId;
import static gg.pickban.league.boundary.LeagueFixtures.tournament;
import static gg.pickban.league.boundary.LeagueFixtures.user;
import static gg.pickban.league.boundary.LeagueFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading and creating leagues (docs/decisions.md D5). */
@ExtendWith(SharedApp.class)
class LeaguesIT {

    static final Set<String> FULL_KEYS = Set.of("pk", "organizations", "organization_name", "steam_league_id", "name",
            "description", "rules", "prize_pool", "timezone", "admins", "staff", "tournament_count", "last_synced",
            "created_at", "updated_at");
    private static final String MUST_BE_ORG_ADMIN = "{\"detail\":\"Must be organization admin to create league\"}";

    private static List<Long> pks(JsonArray items) {
        return items.stream().map(item -> item.asJsonObject().getJsonNumber("pk").longValue()).toList();
    }

    private static String body(String name, int steamLeagueId, String organizationIds) {
        return "{\"name\": \"" + name + "\", \"steam_league_id\": " + steamLeagueId + ", \"organization_ids\": " + organizationIds + "}";
    }

    @Test
    void theListIsOrderedByNameThenPkWithOrganizationsByNameAndFiltersByOrganization(AppProcess app) {
        Api staff = Logins.staff(app);
        String stem = TestData.unique("leaguelist");
        long zeta = organization(staff, stem + " Zeta");
        long alpha = organization(staff, stem + " Alpha");
        long b = league(staff, stem + " b", zeta);
        long a1 = league(staff, stem + " a", zeta, alpha);
        long a2 = league(staff, stem + " a");
        tournament(TestData.unique("t"), a1);
        tournament(TestData.unique("t"), a1);

        List<JsonObject> mine = app.api().get("/api/leagues/").array().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("name").startsWith(stem)).toList();
        assertEquals(List.of(a1, a2, b), mine.stream().map(l -> l.getJsonNumber("pk").longValue()).toList());
        JsonObject first = mine.get(0);
        assertEquals(Set.of("pk", "organizations", "organization_name", "steam_league_id", "name", "tournament_count"), first.keySet());
        assertEquals(List.of(alpha, zeta), pks(first.getJsonArray("organizations")), "organizations by name");
        assertEquals(Set.of("pk", "name", "logo", "created_at"), first.getJsonArray("organizations").getJsonObject(0).keySet());
        assertEquals(stem + " Alpha", first.getString("organization_name"));
        assertEquals(2, first.getInt("tournament_count"));
        assertEquals(JsonValue.NULL, mine.get(1).get("organization_name"));
        assertEquals(List.of(), mine.get(1).getJsonArray("organizations"));
        assertEquals(0, mine.get(1).getInt("tournament_count"));

        assertEquals(List.of(a1, b), pks(app.api().get("/api/leagues/?organization=" + zeta).array()));
        assertEquals(List.of(a1), pks(app.api().get("/api/leagues?organization=" + alpha).array()));
        assertEquals("[]", app.api().get("/api/leagues/?organization=999999999").body());
        Reply bad = app.api().get("/api/leagues/?organization=abc");
        assertEquals(400, bad.status());
        assertEquals("{\"organization\":[\"A valid integer is required.\"]}", bad.body());
        assertEquals(app.api().get("/api/leagues/").array().size(), app.api().get("/api/leagues/?organization=").array().size());
    }

    @Test
    void createChecksUnknownOrganizationsThenPermissionThenFields(AppProcess app) {
        Api staff = Logins.staff(app);
        long owner = user("owner");
        long admin = user("admin");
        long orgStaff = user("orgstaff");
        long mine = organization(staff, TestData.unique("mine"),
                "\"owner_id\": " + owner + ", \"admin_ids\": [" + admin + "], \"staff_ids\": [" + orgStaff + "]");
        long theirs = organization(staff, TestData.unique("theirs"));
        String name = TestData.unique("created league");

        assertEquals(NOT_AUTHENTICATED, app.api().post("/api/leagues/", body(name, steamLeagueId(), "[" + mine + "]")).body());
        Reply unknown = Logins.user(app).post("/api/leagues/", "{\"organization_ids\": [" + mine + ", 999999999]}");
        assertEquals(404, unknown.status());
        assertEquals("{\"detail\":\"Organization 999999999 not found\"}", unknown.body());
        Reply refused = Logins.as(app, orgStaff).post("/api/leagues/", "{\"organization_ids\": [" + mine + "]}");
        assertEquals(403, refused.status());
        assertEquals(MUST_BE_ORG_ADMIN, refused.body(), "permission before the missing fields");
        assertEquals(MUST_BE_ORG_ADMIN, Logins.user(app).post("/api/leagues/", body(name, steamLeagueId(), "[]")).body(), "D5");
        assertEquals(MUST_BE_ORG_ADMIN, Logins.as(app, admin).post("/api/leagues/", body(name, steamLeagueId(), "[" + mine + ", " + theirs + "]")).body());
        assertEquals(MUST_BE_ORG_ADMIN, Logins.as(app, admin).post("/api/leagues/", "{\"name\": \"x\", \"steam_league_id\": 1}").body());
        assertEquals("{\"steam_league_id\":[\"This field is required.\"]}",
                Logins.as(app, admin).post("/api/leagues/", "{\"name\": \"x\", \"organization_ids\": [" + mine + "]}").body());

        assertEquals(201, Logins.as(app, admin).post("/api/leagues/", body(name, steamLeagueId(), "[" + mine + "]")).status());
        assertEquals(201, Logins.as(app, owner).post("/api/leagues", body(name, steamLeagueId(), "[\"" + mine + "\"]")).status());
        assertEquals(201, staff.post("/api/leagues/", body(name, steamLeagueId(), "[" + theirs + "]")).status(), "D4");
        assertEquals(201, staff.post("/api/leagues/", "{\"name\": \"" + name + "\", \"steam_league_id\": " + steamLeagueId() + "}").status());
        long superuserOnly = user("super");
        execute("UPDATE users SET is_superuser = TRUE WHERE id = ?", superuserOnly);
        assertEquals(201, Logins.as(app, superuserOnly).post("/api/leagues/", body(name, steamLeagueId(), "[]")).status(), "D3");
        Reply malformed = staff.post("/api/leagues/", body(name, steamLeagueId(), "\"x\""));
        assertEquals("{\"organization_ids\":[\"Expected a list of items but got type \\\"str\\\".\"]}", malformed.body());
    }

    @Test
    void createAnswersLeagueFullWithoutTheCountSanitisedAsTheFrontendSendsIt(AppProcess app) {
        Api staff = Logins.staff(app);
        long org = organization(staff, TestData.unique("home"));
        int steamLeagueId = steamLeagueId();
        Reply created = staff.post("/api/leagues/", "{\"organization_ids\": [" + org + "], \"steam_league_id\": \"" + steamLeagueId + "\","
                + " \"name\": \"Weekly\", \"description\": \"<script>alert(1)</script>Safe text\","
                + " \"rules\": \"<img src=x onerror=alert(1)>\", \"tournament_count\": 5, \"pk\": 1}");
        assertEquals(201, created.status(), created.body());
        JsonObject league = created.object();
        Set<String> withoutCount = new HashSet<>(FULL_KEYS);
        withoutCount.remove("tournament_count");
        assertEquals(withoutCount, league.keySet());
        assertEquals(steamLeagueId, league.getInt("steam_league_id"));
        assertEquals("Safe text", league.getString("description"));
        assertEquals("<img src=\"x\">", league.getString("rules"));
        assertEquals("", league.getString("prize_pool"));
        assertEquals("America/New_York", league.getString("timezone"));
        assertEquals(JsonValue.NULL, league.get("last_synced"));
        assertEquals(List.of(org), pks(league.getJsonArray("organizations")));
        assertEquals(List.of(), league.getJsonArray("admins"));
        long pk = league.getJsonNumber("pk").longValue();
        assertEquals("<img src=\"x\">", value("SELECT rules FROM league WHERE id = ?", pk));

        JsonObject read = app.api().get("/api/leagues/" + pk + "/").object();
        assertEquals(FULL_KEYS, read.keySet());
        assertEquals(0, read.getInt("tournament_count"));
        withoutCount.forEach(key -> assertEquals(league.get(key), read.get(key), key));
    }

    @Test
    void steamLeagueIdsAreUniqueIntegers(AppProcess app) {
        Api staff = Logins.staff(app);
        int taken = steamLeagueId();
        assertEquals(201, staff.post("/api/leagues/", body("first", taken, "[]")).status());
        Reply duplicate = staff.post("/api/leagues/", body("second", taken, "[]"));
        assertEquals(400, duplicate.status());
        assertEquals("{\"steam_league_id\":[\"league with this steam league id already exists.\"]}", duplicate.body());
        assertEquals("{\"steam_league_id\":[\"A valid integer is required.\"]}", staff.post("/api/leagues/",
                "{\"name\": \"x\", \"steam_league_id\": \"abc\"}").body());
        assertEquals("{\"steam_league_id\":[\"Ensure this value is less than or equal to 2147483647.\"]}",
                staff.post("/api/leagues/", "{\"name\": \"x\", \"steam_league_id\": 2147483648}").body());

        long other = league(staff, TestData.unique("other"));
        assertEquals(duplicate.body(), staff.patch("/api/leagues/" + other + "/", "{\"steam_league_id\": " + taken + "}").body());
        int own = app.api().get("/api/leagues/" + other).object().getInt("steam_league_id");
        assertEquals(200, staff.patch("/api/leagues/" + other + "/", "{\"steam_league_id\": " + own + "}").status(), "its own id is fine");
    }

    @Test
    void tournamentCountFollowsTheTournamentsOnTheVeryNextRead(AppProcess app) {
        long league = league(Logins.staff(app), TestData.unique("counted"));
        String path = "/api/leagues/" + league + "/";
        assertEquals(0, app.api().get(path).object().getInt("tournament_count"));
        long t = tournament(TestData.unique("t"), league);
        assertEquals(1, app.api().get(path).object().getInt("tournament_count"));
        execute("UPDATE tournament SET league_id = NULL WHERE id = ?", t);
        assertEquals(0, app.api().get(path).object().getInt("tournament_count"));
    }

    @Test
    void pathsAnswerWithAndWithoutSlashAndNonNumericIdsAre404(AppProcess app) {
        long league = league(Logins.staff(app), TestData.unique("paths"));
        assertEquals(app.api().get("/api/leagues/" + league + "/").body(), app.api().get("/api/leagues/" + league).body());
        assertEquals("{\"detail\":\"Not found.\"}", app.api().get("/api/leagues/abc/").body());
        assertEquals("{\"detail\":\"Not found.\"}", app.api().get("/api/leagues/999999999").body());
        assertEquals(404, app.api().get("/api/leagues/abc/admins/").status());
        assertEquals(NOT_AUTHENTICATED, app.api().delete("/api/leagues/999999999/").body());
        assertTrue(app.api().get("/api/leagues").body().startsWith("["));
    }
}
