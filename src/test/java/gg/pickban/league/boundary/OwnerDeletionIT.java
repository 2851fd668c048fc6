package gg.pickban.league.boundary;

import static gg.pickban.league.boundary.LeagueFixtures.count;
import static gg.pickban.league.boundary.LeagueFixtures.league;
import static gg.pickban.league.boundary.LeagueFixtures.organization;
import static gg.pickban.league.boundary.LeagueFixtures.user;
import static gg.pickban.league.boundary.LeagueFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/decisions.md D8: the owner of an organization cannot be deleted; everyone else takes their roles with them. */
@ExtendWith(SharedApp.class)
class OwnerDeletionIT {

    @Test
    void deletingAnOwnerIsRefusedAndChangesNothing(AppProcess app) {
        Api staff = Logins.staff(app);
        long owner = user("owner");
        long owned = organization(staff, TestData.unique("owned"), "\"owner_id\": " + owner);
        long elsewhere = organization(staff, TestData.unique("elsewhere"), "\"admin_ids\": [" + owner + "]");

        Reply refused = staff.delete("/api/users/" + owner + "/");
        assertEquals(400, refused.status());
        assertEquals("{\"error\":\"Cannot delete a user who owns an organization. Transfer ownership first.\"}", refused.body());
        assertEquals(200, app.api().get("/api/users/" + owner + "/").status());
        assertEquals(owner, ((Number) value("SELECT owner_id FROM organization WHERE id = ?", owned)).longValue());
        assertEquals(1, count("SELECT COUNT(*) FROM organization_admins WHERE organization_id = ? AND user_id = ?", elsewhere, owner));
    }

    @Test
    void afterATransferTheFormerOwnerIsDeletedWithAllTheirRoles(AppProcess app) {
        Api staff = Logins.staff(app);
        long owner = user("owner");
        long successor = user("successor");
        long org = organization(staff, TestData.unique("handed"), "\"owner_id\": " + owner + ", \"admin_ids\": [" + successor + "]");
        long other = organization(staff, TestData.unique("other"), "\"staff_ids\": [" + owner + "]");
        long leaguePk = league(staff, TestData.unique("league"), org);
        assertEquals(200, staff.patch("/api/leagues/" + leaguePk + "/", "{\"admin_ids\": [" + owner + "], \"staff_ids\": [" + owner + "]}").status());
        assertEquals(200, Logins.as(app, owner).post("/api/organizations/" + org + "/transfer-ownership/", "{\"user_id\": " + successor + "}").status());

        assertEquals(204, staff.delete("/api/users/" + owner).status());
        assertEquals(404, app.api().get("/api/users/" + owner + "/").status());
        assertEquals(successor, ((Number) value("SELECT owner_id FROM organization WHERE id = ?", org)).longValue());
        assertEquals("[]", app.api().get("/api/organizations/" + org + "/").object().get("admins").toString(),
                "the former owner had become admin and is gone");
        assertEquals("[]", app.api().get("/api/organizations/" + other + "/").object().get("staff").toString());
        assertEquals("[]", app.api().get("/api/leagues/" + leaguePk + "/").object().get("admins").toString());
        assertEquals("[]", app.api().get("/api/leagues/" + leaguePk + "/").object().get("staff").toString());
        assertEquals(1, count("SELECT COUNT(*) FROM admin_log WHERE organization_id = ? AND actor_id IS NULL"
                + " AND action = 'transfer_ownership'", org), "the audit row stays, its actor gone");
    }
}
