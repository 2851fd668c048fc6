package gg.pickban.league.boundary;

import static gg.pickban.league.boundary.LeagueFixtures.NOT_AUTHENTICATED;
import static gg.pickban.league.boundary.LeagueFixtures.NO_PERMISSION;
import static gg.pickban.league.boundary.LeagueFixtures.count;
import static gg.pickban.league.boundary.LeagueFixtures.game;
import static gg.pickban.league.boundary.LeagueFixtures.league;
import static gg.pickban.league.boundary.LeagueFixtures.organization;
import static gg.pickban.league.boundary.LeagueFixtures.pks;
import static gg.pickban.league.boundary.LeagueFixtures.steamLeagueId;
import static gg.pickban.league.boundary.LeagueFixtures.tournament;
import static gg.pickban.league.boundary.LeagueFixtures.user;
import static gg.pickban.league.boundary.LeagueFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Updating and deleting leagues: LeagueAdmin, docs/decisions.md D5 and D58, validation, delete effects (docs/rules.md §3.1). */
@ExtendWith(SharedApp.class)
class LeagueWritesIT {

    /** An organization with an owner, an admin and a staff member, and a league of it with its own admin and staff. */
    private record Setup(long org, long owner, long orgAdmin, long orgStaff, long league, long leagueAdmin, long leagueStaff) {

        static Setup arrange(AppProcess app) {
            Api staff = Logins.staff(app);
            long owner = user("owner");
            long orgAdmin = user("orgadmin");
            long orgStaff = user("orgstaff");
            long org = organization(staff, TestData.unique("org"),
                    "\"owner_id\": " + owner + ", \"admin_ids\": [" + orgAdmin + "], \"staff_ids\": [" + orgStaff + "]");
            long leagueAdmin = user("leagueadmin");
            long leagueStaff = user("leaguestaff");
            Reply created = staff.post("/api/leagues/", "{\"name\": \"" + TestData.unique("league") + "\", \"steam_league_id\": "
                    + steamLeagueId() + ", \"organization_ids\": [" + org + "], \"admin_ids\": [" + leagueAdmin + "],"
                    + " \"staff_ids\": [" + leagueStaff + "]}");
            assertEquals(201, created.status(), created.body());
            return new Setup(org, owner, orgAdmin, orgStaff, created.object().getJsonNumber("pk").longValue(), leagueAdmin, leagueStaff);
        }

        String path() {
            return "/api/leagues/" + league + "/";
        }
    }

    @Test
    void leagueAdminsInheritedOnesAndSiteStaffEditOthersAreRefused(AppProcess app) {
        Setup s = Setup.arrange(app);
        String rename = "{\"name\": \"renamed\"}";
        assertEquals(NOT_AUTHENTICATED, app.api().patch(s.path(), rename).body());
        assertEquals(NOT_AUTHENTICATED, app.api().put("/api/leagues/999999999/", rename).body());
        assertEquals(NO_PERMISSION, Logins.user(app).patch(s.path(), rename).body());
        assertEquals(NO_PERMISSION, Logins.as(app, s.leagueStaff()).patch(s.path(), rename).body());
        assertEquals(NO_PERMISSION, Logins.as(app, s.orgStaff()).patch(s.path(), rename).body());
        assertEquals(NO_PERMISSION, Logins.as(app, s.leagueStaff()).delete(s.path()).body());
        assertEquals("{\"detail\":\"Not found.\"}", Logins.as(app, s.leagueAdmin()).patch("/api/leagues/999999999/", rename).body());

        for (long editor : List.of(s.leagueAdmin(), s.orgAdmin(), s.owner())) {
            Reply edited = Logins.as(app, editor).patch(s.path(), "{\"name\": \"by " + editor + "\"}");
            assertEquals(200, edited.status(), edited.body());
            assertEquals(LeaguesIT.FULL_KEYS, edited.object().keySet(), "updates answer with the count");
        }
        assertEquals(200, Logins.staff(app).patch(s.path(), rename).status(), "D4");
        assertEquals("renamed", app.api().get(s.path()).object().getString("name"));
    }

    @Test
    void d5AdminIdsNeedSiteStaffOrAnAdminOfALinkedOrganization(AppProcess app) {
        Setup s = Setup.arrange(app);
        long newcomer = user("newcomer");
        Api leagueAdmin = Logins.as(app, s.leagueAdmin());
        assertEquals(NO_PERMISSION, leagueAdmin.patch(s.path(), "{\"admin_ids\": [" + s.leagueAdmin() + ", " + newcomer + "]}").body());
        assertEquals(NO_PERMISSION, leagueAdmin.patch(s.path(), "{\"admin_ids\": []}").body());
        assertEquals(200, leagueAdmin.patch(s.path(), "{\"admin_ids\": [" + s.leagueAdmin() + "], \"staff_ids\": [" + newcomer + "]}").status(),
                "an unchanged admin set and new staff are fine");
        assertEquals(List.of(s.leagueAdmin()), pks("SELECT user_id FROM league_admins WHERE league_id = ?", s.league()));

        Reply byOrgAdmin = Logins.as(app, s.orgAdmin()).patch(s.path(), "{\"admin_ids\": [" + newcomer + ", " + s.leagueAdmin() + "]}");
        assertEquals(200, byOrgAdmin.status(), byOrgAdmin.body());
        List<Long> expected = List.of(newcomer, s.leagueAdmin()).stream().sorted().toList();
        assertEquals(expected, byOrgAdmin.object().getJsonArray("admins").stream()
                .map(u -> u.asJsonObject().getJsonNumber("pk").longValue()).toList(), "listed by pk");
        assertEquals(200, Logins.staff(app).patch(s.path(), "{\"admin_ids\": []}").status());
    }

    @Test
    void d5LinkingAnOrganizationNeedsItsAdminUnlinkingDoesNot(AppProcess app) {
        Setup s = Setup.arrange(app);
        Api staff = Logins.staff(app);
        long other = organization(staff, TestData.unique("other"), "\"admin_ids\": [" + s.orgAdmin() + "]");
        long foreign = organization(staff, TestData.unique("foreign"));
        String linkForeign = "{\"organization_ids\": [" + s.org() + ", " + foreign + "]}";
        assertEquals(NO_PERMISSION, Logins.as(app, s.leagueAdmin()).patch(s.path(), linkForeign).body());
        assertEquals(NO_PERMISSION, Logins.as(app, s.orgAdmin()).patch(s.path(), linkForeign).body());
        assertEquals("{\"organization_ids\":[\"Invalid pk \\\"999999999\\\" - object does not exist.\"]}",
                Logins.as(app, s.orgAdmin()).patch(s.path(), "{\"organization_ids\": [999999999]}").body());

        Reply linked = Logins.as(app, s.orgAdmin()).patch(s.path(), "{\"organization_ids\": [" + other + ", " + s.org() + "]}");
        assertEquals(200, linked.status(), linked.body());
        assertEquals(2, linked.object().getJsonArray("organizations").size());
        assertEquals(List.of(s.org(), other).stream().sorted().toList(),
                pks("SELECT organization_id FROM league_organizations WHERE league_id = ? ORDER BY organization_id", s.league()));
        Reply unlinked = Logins.as(app, s.leagueAdmin()).patch(s.path(), "{\"organization_ids\": [" + other + "]}");
        assertEquals(200, unlinked.status(), unlinked.body());
        assertEquals(1, app.api().get(s.path()).object().getJsonArray("organizations").size());
        assertEquals(200, staff.patch(s.path(), linkForeign).status(), "D4");
    }

    @Test
    void putNeedsTheRequiredFieldsPatchOnlyWhatItNames(AppProcess app) {
        Setup s = Setup.arrange(app);
        Api admin = Logins.as(app, s.leagueAdmin());
        Reply patched = admin.patch(s.path(), "{\"name\": \"Weekly\", \"description\": \"<b onclick=\\\"x\\\">Hi</b>\","
                + " \"rules\": \"1 < 2\", \"prize_pool\": \"$100\", \"last_synced\": \"2026-01-21T18:00:00\"}");
        assertEquals(200, patched.status(), patched.body());
        JsonObject league = patched.object();
        assertEquals("<b>Hi</b>", league.getString("description"));
        assertEquals("1 &lt; 2", league.getString("rules"));
        assertEquals("$100", league.getString("prize_pool"));
        assertEquals("2026-01-21T18:00:00Z", league.getString("last_synced"));
        assertEquals(1, league.getJsonArray("organizations").size(), "links kept");

        assertEquals("{\"steam_league_id\":[\"This field is required.\"]}", admin.put(s.path(), "{\"name\": \"x\"}").body());
        Reply invalid = admin.patch(s.path(), "{\"prize_pool\": \"" + "p".repeat(101) + "\", \"last_synced\": \"soon\", \"name\": null}");
        assertEquals(400, invalid.status());
        assertEquals("[\"Ensure this field has no more than 100 characters.\"]", invalid.object().get("prize_pool").toString());
        assertEquals("[\"Datetime has wrong format. Use one of these formats instead:"
                + " YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\"]", invalid.object().get("last_synced").toString());
        assertEquals("[\"This field may not be null.\"]", invalid.object().get("name").toString());
        assertEquals("Weekly", app.api().get(s.path()).object().getString("name"), "nothing changed");

        Reply replaced = admin.put(s.path(), "{\"name\": \"Put\", \"steam_league_id\": " + steamLeagueId() + ", \"last_synced\": null}");
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("$100", replaced.object().getString("prize_pool"), "PUT leaves absent optional fields alone");
        assertEquals("null", replaced.object().get("last_synced").toString());
    }

    @Test
    void changingTheSteamLeagueIdMovesTheLeaguesTournamentsAlongD58(AppProcess app) {
        Setup s = Setup.arrange(app);
        long inLeague = tournament(TestData.unique("t"), s.league());
        long elsewhere = tournament(TestData.unique("t"), null);
        int moved = steamLeagueId();
        assertEquals(200, Logins.as(app, s.leagueAdmin()).patch(s.path(), "{\"steam_league_id\": " + moved + "}").status());
        assertEquals(moved, ((Number) value("SELECT steam_league_id FROM tournament WHERE id = ?", inLeague)).intValue());
        assertEquals(17929, ((Number) value("SELECT steam_league_id FROM tournament WHERE id = ?", elsewhere)).intValue());
    }

    @Test
    void deleteKeepsTournamentsWithoutLeagueAndDropsGamesAttachedToTheLeague(AppProcess app) {
        Setup s = Setup.arrange(app);
        long tournamentPk = tournament(TestData.unique("t"), s.league());
        long direct = game(null, s.league());
        long inTournament = game(tournamentPk, null);
        assertEquals(200, Logins.staff(app).patch("/api/organizations/" + s.org() + "/", "{\"default_league\": " + s.league() + "}").status());

        assertEquals(NO_PERMISSION, Logins.user(app).delete(s.path()).body());
        assertEquals(204, Logins.as(app, s.leagueAdmin()).delete("/api/leagues/" + s.league()).status());
        assertEquals(404, app.api().get(s.path()).status());
        assertEquals(1, count("SELECT COUNT(*) FROM tournament WHERE id = ?", tournamentPk), "tournaments stay");
        assertNull(value("SELECT league_id FROM tournament WHERE id = ?", tournamentPk));
        assertEquals(0, count("SELECT COUNT(*) FROM game WHERE id = ?", direct), "direct games go");
        assertEquals(1, count("SELECT COUNT(*) FROM game WHERE id = ?", inTournament));
        JsonObject org = app.api().get("/api/organizations/" + s.org() + "/").object();
        assertEquals("null", org.get("default_league").toString());
        assertEquals(0, org.getInt("league_count"));
        assertEquals(0, org.getInt("tournament_count"));
    }
}
