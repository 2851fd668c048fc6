package gg.pickban.league.boundary;

import static gg.pickban.league.boundary.LeagueFixtures.NOT_AUTHENTICATED;
import static gg.pickban.league.boundary.LeagueFixtures.auditLog;
import static gg.pickban.league.boundary.LeagueFixtures.organization;
import static gg.pickban.league.boundary.LeagueFixtures.pks;
import static gg.pickban.league.boundary.LeagueFixtures.user;
import static gg.pickban.league.boundary.LeagueFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Organization admins, staff and ownership (docs/rules.md §2.2–§2.3). */
@ExtendWith(SharedApp.class)
class OrganizationRolesIT {

    private static final String MANAGE = "{\"error\":\"You do not have permission to manage this organization\"}";

    private static String userId(long pk) {
        return "{\"user_id\": " + pk + "}";
    }

    private static List<Long> admins(long org) {
        return pks("SELECT user_id FROM organization_admins WHERE organization_id = ? ORDER BY user_id", org);
    }

    private static List<Long> staffOf(long org) {
        return pks("SELECT user_id FROM organization_staff WHERE organization_id = ? ORDER BY user_id", org);
    }

    @Test
    void addingAnAdminChecksInTheContractsOrder(AppProcess app) {
        long owner = user("owner");
        long admin = user("admin");
        long orgStaff = user("orgstaff");
        long org = organization(Logins.staff(app), TestData.unique("checks"),
                "\"owner_id\": " + owner + ", \"admin_ids\": [" + admin + "], \"staff_ids\": [" + orgStaff + "]");
        String path = "/api/organizations/" + org + "/admins/";
        Api byAdmin = Logins.as(app, admin);

        assertEquals(NOT_AUTHENTICATED, app.api().post("/api/organizations/999999999/admins/", "{}").body());
        assertEquals("{\"error\":\"Organization not found\"}", Logins.user(app).post("/api/organizations/999999999/admins/", "{}").body());
        Reply refused = Logins.user(app).post(path, "{}");
        assertEquals(403, refused.status());
        assertEquals(MANAGE, refused.body(), "permission is checked before user_id");
        assertEquals(MANAGE, Logins.as(app, orgStaff).post(path, userId(orgStaff)).body());
        for (String missing : List.of("{}", "{\"user_id\": 0}", "{\"user_id\": \"\"}", "{\"user_id\": null}", "")) {
            Reply reply = byAdmin.post(path, missing);
            assertEquals(400, reply.status(), missing);
            assertEquals("{\"error\":\"user_id is required\"}", reply.body(), missing);
        }
        assertEquals("{\"error\":\"user_id must be an integer\"}", byAdmin.post(path, "{\"user_id\": \"abc\"}").body());
        assertEquals("{\"error\":\"user_id must be an integer\"}", byAdmin.post(path, "{\"user_id\": 2.5}").body());
        Reply unknown = byAdmin.post(path, userId(999999999));
        assertEquals(404, unknown.status());
        assertEquals("{\"error\":\"User not found\"}", unknown.body());
        assertEquals("{\"error\":\"User not found\"}", byAdmin.post(path, "{\"user_id\": \"0\"}").body());
        Reply ownerAsAdmin = byAdmin.post(path, userId(owner));
        assertEquals(400, ownerAsAdmin.status());
        assertEquals("{\"error\":\"Owner cannot be added as admin\"}", ownerAsAdmin.body());
        assertEquals(List.of(admin), admins(org));
        assertEquals(List.of(), auditLog("organization_id", org), "refusals are not audited");
    }

    @Test
    void adminsAndSiteStaffAddAdminsIdempotentlyAndEachCallIsAudited(AppProcess app) {
        long admin = user("admin");
        long newcomer = user("newcomer");
        long another = user("another");
        long org = organization(Logins.staff(app), TestData.unique("adding"), "\"admin_ids\": [" + admin + "]");
        String path = "/api/organizations/" + org + "/admins/";

        Reply added = Logins.as(app, admin).post(path, "{\"user_id\": \"" + newcomer + "\"}");
        assertEquals(200, added.status(), added.body());
        JsonObject answer = added.object();
        assertEquals(Set.of("status", "user"), answer.keySet());
        assertEquals("added", answer.getString("status"));
        assertEquals(newcomer, answer.getJsonObject("user").getJsonNumber("pk").longValue());
        assertEquals(Set.of("pk", "username", "nickname", "avatar", "discordId", "positions", "steamid", "steam_account_id",
                "avatarUrl", "mmr"), answer.getJsonObject("user").keySet());
        assertEquals(200, Logins.as(app, admin).post(path, userId(newcomer)).status(), "idempotent");
        Api staff = Logins.staff(app);
        assertEquals(200, staff.post("/api/organizations/" + org + "/admins", userId(another)).status(), "D4, and without slash");

        assertEquals(List.of(admin, newcomer, another), admins(org));
        long staffPk = ((Number) value("SELECT id FROM users WHERE username = 'hurk_'")).longValue();
        assertEquals(List.of("add_admin " + admin + " " + newcomer, "add_admin " + admin + " " + newcomer,
                "add_admin " + staffPk + " " + another), auditLog("organization_id", org));
        assertEquals(3, app.api().get("/api/organizations/" + org + "/").object().getJsonArray("admins").size(),
                "visible on the next read");
    }

    @Test
    void onlyTheOwnerOrASuperuserRemovesAdmins(AppProcess app) {
        long owner = user("owner");
        long first = user("first");
        long second = user("second");
        long bystander = user("bystander");
        long org = organization(Logins.staff(app), TestData.unique("removing"),
                "\"owner_id\": " + owner + ", \"admin_ids\": [" + first + ", " + second + "]");
        String path = "/api/organizations/" + org + "/admins/";
        String onlyOwner = "{\"error\":\"Only owner can remove admins\"}";

        assertEquals(NOT_AUTHENTICATED, app.api().delete(path + first + "/").body());
        assertEquals(onlyOwner, Logins.as(app, first).delete(path + second + "/").body());
        assertEquals(onlyOwner, Logins.staff(app).delete(path + second + "/").body(), "site staff may not (D4)");
        assertEquals("{\"error\":\"Organization not found\"}", Logins.as(app, owner).delete("/api/organizations/999999999/admins/1/").body());
        assertEquals("{\"error\":\"User not found\"}", Logins.as(app, owner).delete(path + "999999999/").body());
        assertEquals(404, Logins.as(app, owner).delete(path + "abc/").status());

        Reply removed = Logins.as(app, owner).delete(path + first + "/");
        assertEquals(200, removed.status(), removed.body());
        assertEquals("{\"status\":\"removed\"}", removed.body());
        assertEquals("{\"status\":\"removed\"}", Logins.as(app, owner).delete(path + bystander).body(), "not an admin: no error");
        assertEquals("{\"status\":\"removed\"}", Logins.superuser(app).delete(path + second).body());
        assertEquals(List.of(), admins(org));
        assertEquals(List.of("remove_admin " + owner + " " + first, "remove_admin " + owner + " " + bystander),
                auditLog("organization_id", org).subList(0, 2));
        assertEquals(3, auditLog("organization_id", org).size());
    }

    @Test
    void organizationAdminsManageStaff(AppProcess app) {
        long owner = user("owner");
        long admin = user("admin");
        long member = user("member");
        long org = organization(Logins.staff(app), TestData.unique("staffing"),
                "\"owner_id\": " + owner + ", \"admin_ids\": [" + admin + "]");
        String path = "/api/organizations/" + org + "/staff/";

        assertEquals(NOT_AUTHENTICATED, app.api().post(path, userId(member)).body());
        assertEquals(MANAGE, Logins.user(app).post(path, userId(member)).body());
        Reply added = Logins.as(app, admin).post(path, userId(member));
        assertEquals("added", added.object().getString("status"));
        assertEquals(member, added.object().getJsonObject("user").getJsonNumber("pk").longValue());
        assertEquals(200, Logins.as(app, owner).post(path, userId(owner)).status(), "anyone may be staff");
        assertEquals(List.of(owner, member).stream().sorted().toList(), staffOf(org));
        assertEquals(MANAGE, Logins.as(app, member).delete(path + owner + "/").body(), "staff do not manage staff");
        assertEquals("{\"error\":\"user_id is required\"}", Logins.as(app, admin).post(path, "{}").body());

        assertEquals("{\"status\":\"removed\"}", Logins.as(app, admin).delete(path + member + "/").body());
        assertEquals("{\"status\":\"removed\"}", Logins.staff(app).delete(path + owner).body(), "D4");
        assertEquals(List.of(), staffOf(org));
        assertEquals(List.of("add_staff " + admin + " " + member, "add_staff " + owner + " " + owner,
                "remove_staff " + admin + " " + member), auditLog("organization_id", org).subList(0, 3));
    }

    @Test
    void theOwnerHandsTheOrganizationToAnAdmin(AppProcess app) {
        long owner = user("owner");
        long admin = user("admin");
        long outsider = user("outsider");
        long org = organization(Logins.staff(app), TestData.unique("transfer"),
                "\"owner_id\": " + owner + ", \"admin_ids\": [" + admin + "]");
        String path = "/api/organizations/" + org + "/transfer-ownership/";
        String onlyOwner = "{\"error\":\"Only owner or site admin can transfer ownership\"}";

        assertEquals(NOT_AUTHENTICATED, app.api().post(path, userId(admin)).body());
        assertEquals(onlyOwner, Logins.as(app, admin).post(path, userId(admin)).body());
        assertEquals(onlyOwner, Logins.staff(app).post(path, userId(admin)).body(), "site staff may not (D4)");
        assertEquals("{\"error\":\"user_id is required\"}", Logins.as(app, owner).post(path, "{}").body());
        Reply notAdmin = Logins.as(app, owner).post(path, userId(outsider));
        assertEquals(400, notAdmin.status());
        assertEquals("{\"error\":\"New owner must be an existing admin\"}", notAdmin.body());
        assertEquals(owner, ((Number) value("SELECT owner_id FROM organization WHERE id = ?", org)).longValue());

        Reply transferred = Logins.as(app, owner).post(path, userId(admin));
        assertEquals(200, transferred.status(), transferred.body());
        assertEquals(Set.of("status", "new_owner"), transferred.object().keySet());
        assertEquals("transferred", transferred.object().getString("status"));
        assertEquals(admin, transferred.object().getJsonObject("new_owner").getJsonNumber("pk").longValue());
        assertEquals(admin, ((Number) value("SELECT owner_id FROM organization WHERE id = ?", org)).longValue());
        assertEquals(List.of(owner), admins(org), "the previous owner became admin, the new one left the admins");
        JsonObject read = app.api().get("/api/organizations/" + org).object();
        assertEquals(admin, read.getJsonObject("owner").getJsonNumber("pk").longValue());

        Reply bySuperuser = Logins.superuser(app).post("/api/organizations/" + org + "/transfer-ownership", userId(outsider));
        assertEquals(200, bySuperuser.status(), "a superuser may pick anyone: " + bySuperuser.body());
        assertEquals(outsider, ((Number) value("SELECT owner_id FROM organization WHERE id = ?", org)).longValue());
        assertEquals(List.of(owner, admin).stream().sorted().toList(), admins(org));
        assertEquals("transfer_ownership " + owner + " " + admin, auditLog("organization_id", org).get(0));
        assertEquals(2, auditLog("organization_id", org).size());
    }
}
