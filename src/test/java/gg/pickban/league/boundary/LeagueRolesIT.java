package gg.pickban.league.boundary;

import static gg.pickban.league.boundary.LeagueFixtures.NOT_AUTHENTICATED;
import static gg.pickban.league.boundary.LeagueFixtures.auditLog;
import static gg.pickban.league.boundary.LeagueFixtures.organization;
import static gg.pickban.league.boundary.LeagueFixtures.pks;
import static gg.pickban.league.boundary.LeagueFixtures.steamLeagueId;
import static gg.pickban.league.boundary.LeagueFixtures.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** League admins and staff (docs/rules.md §2.3). */
@ExtendWith(SharedApp.class)
class LeagueRolesIT {

    private static final String MANAGE = "{\"error\":\"You do not have permission to manage this league\"}";

    private record Setup(long orgAdmin, long orgStaff, long league, long leagueAdmin, long leagueStaff) {

        static Setup arrange(AppProcess app) {
            Api staff = Logins.staff(app);
            long orgAdmin = user("orgadmin");
            long orgStaff = user("orgstaff");
            long org = organization(staff, TestData.unique("org"), "\"admin_ids\": [" + orgAdmin + "], \"staff_ids\": [" + orgStaff + "]");
            long leagueAdmin = user("leagueadmin");
            long leagueStaff = user("leaguestaff");
            Reply created = staff.post("/api/leagues/", "{\"name\": \"" + TestData.unique("league") + "\", \"steam_league_id\": "
                    + steamLeagueId() + ", \"organization_ids\": [" + org + "], \"admin_ids\": [" + leagueAdmin + "],"
                    + " \"staff_ids\": [" + leagueStaff + "]}");
            assertEquals(201, created.status(), created.body());
            return new Setup(orgAdmin, orgStaff, created.object().getJsonNumber("pk").longValue(), leagueAdmin, leagueStaff);
        }
    }

    private static String userId(long pk) {
        return "{\"user_id\": " + pk + "}";
    }

    private static List<Long> admins(long league) {
        return pks("SELECT user_id FROM league_admins WHERE league_id = ? ORDER BY user_id", league);
    }

    private static List<Long> staffOf(long league) {
        return pks("SELECT user_id FROM league_staff WHERE league_id = ? ORDER BY user_id", league);
    }

    @Test
    void organizationAdminsAndSiteStaffManageLeagueAdminsLeagueAdminsMayNot(AppProcess app) {
        Setup s = Setup.arrange(app);
        long newcomer = user("newcomer");
        String path = "/api/leagues/" + s.league() + "/admins/";

        assertEquals(NOT_AUTHENTICATED, app.api().post("/api/leagues/999999999/admins/", "{}").body());
        assertEquals("{\"error\":\"League not found\"}", Logins.user(app).post("/api/leagues/999999999/admins/", "{}").body());
        Reply refused = Logins.as(app, s.leagueAdmin()).post(path, userId(newcomer));
        assertEquals(403, refused.status());
        assertEquals(MANAGE, refused.body());
        assertEquals(MANAGE, Logins.as(app, s.orgStaff()).post(path, "{}").body(), "permission before user_id");
        assertEquals("{\"error\":\"user_id is required\"}", Logins.as(app, s.orgAdmin()).post(path, "{}").body());
        assertEquals("{\"error\":\"user_id must be an integer\"}", Logins.as(app, s.orgAdmin()).post(path, "{\"user_id\": [1]}").body());
        assertEquals("{\"error\":\"User not found\"}", Logins.as(app, s.orgAdmin()).post(path, userId(999999999)).body());

        Reply added = Logins.as(app, s.orgAdmin()).post(path, userId(newcomer));
        assertEquals(200, added.status(), added.body());
        assertEquals(Set.of("status", "user"), added.object().keySet());
        assertEquals(newcomer, added.object().getJsonObject("user").getJsonNumber("pk").longValue());
        assertEquals(List.of(s.leagueAdmin(), newcomer), admins(s.league()));
        assertEquals(MANAGE, Logins.as(app, s.leagueAdmin()).delete(path + newcomer + "/").body());
        assertEquals("{\"status\":\"removed\"}", Logins.as(app, s.orgAdmin()).delete(path + newcomer + "/").body());
        assertEquals("{\"status\":\"removed\"}", Logins.staff(app).delete("/api/leagues/" + s.league() + "/admins/" + s.leagueAdmin()).body());
        assertEquals(List.of(), admins(s.league()));
        assertEquals(List.of("add_admin " + s.orgAdmin() + " " + newcomer, "remove_admin " + s.orgAdmin() + " " + newcomer),
                auditLog("league_id", s.league()).subList(0, 2));
        assertEquals(3, auditLog("league_id", s.league()).size());
    }

    @Test
    void leagueAdminsInheritedOnesAndSiteStaffManageLeagueStaff(AppProcess app) {
        Setup s = Setup.arrange(app);
        long helper = user("helper");
        String path = "/api/leagues/" + s.league() + "/staff/";

        assertEquals(NOT_AUTHENTICATED, app.api().post(path, userId(helper)).body());
        assertEquals(MANAGE, Logins.as(app, s.leagueStaff()).post(path, userId(helper)).body());
        assertEquals(MANAGE, Logins.as(app, s.orgStaff()).post(path, userId(helper)).body());
        assertEquals(MANAGE, Logins.user(app).delete(path + s.leagueStaff() + "/").body());

        Reply added = Logins.as(app, s.leagueAdmin()).post(path, userId(helper));
        assertEquals("added", added.object().getString("status"));
        assertEquals(200, Logins.as(app, s.orgAdmin()).post("/api/leagues/" + s.league() + "/staff", userId(helper)).status(), "idempotent");
        assertEquals(List.of(s.leagueStaff(), helper), staffOf(s.league()));
        assertEquals("{\"status\":\"removed\"}", Logins.staff(app).delete(path + helper).body());
        assertEquals("{\"status\":\"removed\"}", Logins.as(app, s.leagueAdmin()).delete(path + s.leagueStaff() + "/").body());
        assertEquals(List.of(), staffOf(s.league()));
        assertEquals(4, auditLog("league_id", s.league()).size());
        assertEquals("add_staff " + s.leagueAdmin() + " " + helper, auditLog("league_id", s.league()).get(0));
        assertEquals(List.of(), app.api().get("/api/leagues/" + s.league()).object().getJsonArray("staff"), "on the next read");
    }

    @Test
    void aNewLeagueAdminMayEditTheLeagueAtOnce(AppProcess app) {
        Setup s = Setup.arrange(app);
        long promoted = user("promoted");
        String league = "/api/leagues/" + s.league() + "/";
        assertEquals(403, Logins.as(app, promoted).patch(league, "{\"prize_pool\": \"$1\"}").status());
        assertEquals(200, Logins.as(app, s.orgAdmin()).post(league + "admins/", userId(promoted)).status());
        assertEquals(200, Logins.as(app, promoted).patch(league, "{\"prize_pool\": \"$1\"}").status());
        assertEquals(200, Logins.as(app, promoted).post(league + "staff/", userId(s.orgStaff())).status());
    }
}
