package gg.pickban.league.boundary;

import static gg.pickban.testsupport.RoleMatrix.LEAGUE_ADMIN;
import static gg.pickban.testsupport.RoleMatrix.NO_PERMISSION;
import static gg.pickban.testsupport.RoleMatrix.ORG_ADMIN;
import static gg.pickban.testsupport.RoleMatrix.ORG_OWNER;
import static gg.pickban.testsupport.RoleMatrix.STAFF;
import static gg.pickban.testsupport.RoleMatrix.detail;
import static gg.pickban.testsupport.RoleMatrix.error;
import static gg.pickban.testsupport.RoleMatrix.rows;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.RoleMatrix;
import gg.pickban.testsupport.RoleMatrix.Row;
import gg.pickban.testsupport.Scope;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.tournament.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission table (docs/rules.md §2.3) for organizations and leagues: every mutating endpoint × every
 * role, site-wide and scoped, each cell in a fresh {@link Scope}.
 */
@ExtendWith(SharedApp.class)
class LeaguePermissionMatrixIT {

    private static final String MANAGE_ORGANIZATION = error("You do not have permission to manage this organization");
    private static final String MANAGE_LEAGUE = error("You do not have permission to manage this league");

    private static String userId(long pk) {
        return "{\"user_id\": " + pk + "}";
    }

    private static String org(Scope s) {
        return "/api/organizations/" + s.organization + "/";
    }

    private static String league(Scope s) {
        return "/api/leagues/" + s.league + "/";
    }

    private static List<Object> orgName(Scope s) {
        return rows("SELECT name FROM organization WHERE id = ?", s.organization);
    }

    private static List<Object> orgOwnerAndAdmins(Scope s) {
        return rows("SELECT 'owner ' || owner_id FROM organization WHERE id = ?"
                + " UNION ALL (SELECT 'admin ' || user_id FROM organization_admins WHERE organization_id = ? ORDER BY user_id)",
                s.organization, s.organization);
    }

    private static List<Object> orgStaff(Scope s) {
        return rows("SELECT user_id FROM organization_staff WHERE organization_id = ? ORDER BY user_id", s.organization);
    }

    private static List<Object> leagueName(Scope s) {
        return rows("SELECT name FROM league WHERE id = ?", s.league);
    }

    private static List<Object> leagueAdmins(Scope s) {
        return rows("SELECT user_id FROM league_admins WHERE league_id = ? ORDER BY user_id", s.league);
    }

    private static List<Object> leagueStaff(Scope s) {
        return rows("SELECT user_id FROM league_staff WHERE league_id = ? ORDER BY user_id", s.league);
    }

    private static List<Object> leagueOrganizations(Scope s) {
        return rows("SELECT organization_id FROM league_organizations WHERE league_id = ? ORDER BY organization_id", s.league);
    }

    /** The league a create call names after the scope, so its state can be found. */
    private static String createdLeague(Scope s) {
        return "Created by matrix " + s.league;
    }

    private static List<Object> leaguesCreated(Scope s) {
        return rows("SELECT COUNT(*) FROM league WHERE name = ?", createdLeague(s));
    }

    static List<Row> table() {
        return List.of(
                // organizations
                new Row("POST /api/organizations/",
                        (api, s) -> api.post("/api/organizations/", "{\"name\": \"Org " + s.organization + "\"}"),
                        STAFF, 201, NO_PERMISSION, s -> rows("SELECT COUNT(*) FROM organization WHERE name = ?", "Org " + s.organization)),
                new Row("PUT /api/organizations/{pk}/",
                        (api, s) -> api.put(org(s), "{\"name\": \"Renamed " + s.organization + "\"}"),
                        ORG_ADMIN, 200, NO_PERMISSION, LeaguePermissionMatrixIT::orgName),
                new Row("PATCH /api/organizations/{pk}/",
                        (api, s) -> api.patch(org(s), "{\"name\": \"Renamed " + s.organization + "\", \"description\": \"new\"}"),
                        ORG_ADMIN, 200, NO_PERMISSION, LeaguePermissionMatrixIT::orgName),
                new Row("PATCH /api/organizations/{pk}/ adding to admin_ids",
                        (api, s) -> api.patch(org(s), "{\"admin_ids\": [" + s.orgAdmin + ", " + s.orgAdmin2 + ", " + s.outsider + "]}"),
                        ORG_ADMIN, 200, NO_PERMISSION, LeaguePermissionMatrixIT::orgOwnerAndAdmins),
                new Row("PATCH /api/organizations/{pk}/ removing from admin_ids (D5)",
                        (api, s) -> api.patch(org(s), "{\"admin_ids\": [" + s.orgAdmin + "]}"),
                        ORG_OWNER, 200, NO_PERMISSION, LeaguePermissionMatrixIT::orgOwnerAndAdmins),
                new Row("PATCH /api/organizations/{pk}/ changing owner_id (D5)",
                        (api, s) -> api.patch(org(s), "{\"owner_id\": " + s.outsider + "}"),
                        ORG_OWNER, 200, NO_PERMISSION, LeaguePermissionMatrixIT::orgOwnerAndAdmins),
                new Row("DELETE /api/organizations/{pk}/",
                        (api, s) -> api.delete(org(s)),
                        STAFF, 204, NO_PERMISSION, LeaguePermissionMatrixIT::orgName),
                // organization admins and staff
                new Row("POST /api/organizations/{id}/admins/",
                        (api, s) -> api.post(org(s) + "admins/", userId(s.outsider)),
                        ORG_ADMIN, 200, MANAGE_ORGANIZATION, LeaguePermissionMatrixIT::orgOwnerAndAdmins),
                new Row("DELETE /api/organizations/{id}/admins/{uid}/",
                        (api, s) -> api.delete(org(s) + "admins/" + s.orgAdmin2 + "/"),
                        ORG_OWNER, 200, error("Only owner can remove admins"), LeaguePermissionMatrixIT::orgOwnerAndAdmins),
                new Row("POST /api/organizations/{id}/staff/",
                        (api, s) -> api.post(org(s) + "staff/", userId(s.outsider)),
                        ORG_ADMIN, 200, MANAGE_ORGANIZATION, LeaguePermissionMatrixIT::orgStaff),
                new Row("DELETE /api/organizations/{id}/staff/{uid}/",
                        (api, s) -> api.delete(org(s) + "staff/" + s.orgStaff2 + "/"),
                        ORG_ADMIN, 200, MANAGE_ORGANIZATION, LeaguePermissionMatrixIT::orgStaff),
                new Row("POST /api/organizations/{id}/transfer-ownership/",
                        (api, s) -> api.post(org(s) + "transfer-ownership/", userId(s.orgAdmin2)),
                        ORG_OWNER, 200, error("Only owner or site admin can transfer ownership"), LeaguePermissionMatrixIT::orgOwnerAndAdmins),
                // leagues
                new Row("POST /api/leagues/ in the organization",
                        (api, s) -> api.post("/api/leagues/", "{\"name\": \"" + createdLeague(s) + "\", \"steam_league_id\": "
                                + Scope.freshSteamLeagueId() + ", \"organization_ids\": [" + s.organization + "]}"),
                        ORG_ADMIN, 201, detail("Must be organization admin to create league"), LeaguePermissionMatrixIT::leaguesCreated),
                new Row("POST /api/leagues/ without organizations (D5)",
                        (api, s) -> api.post("/api/leagues/", "{\"name\": \"" + createdLeague(s) + "\", \"steam_league_id\": "
                                + Scope.freshSteamLeagueId() + "}"),
                        STAFF, 201, detail("Must be organization admin to create league"), LeaguePermissionMatrixIT::leaguesCreated),
                new Row("PUT /api/leagues/{pk}/",
                        (api, s) -> api.put(league(s), "{\"name\": \"Renamed " + s.league + "\", \"steam_league_id\": " + s.steamLeagueId
                                + ", \"organization_ids\": [" + s.organization + "]}"),
                        LEAGUE_ADMIN, 200, NO_PERMISSION, LeaguePermissionMatrixIT::leagueName),
                new Row("PATCH /api/leagues/{pk}/",
                        (api, s) -> api.patch(league(s), "{\"name\": \"Renamed " + s.league + "\", \"description\": \"d\", \"rules\": \"r\","
                                + " \"prize_pool\": \"$5\"}"),
                        LEAGUE_ADMIN, 200, NO_PERMISSION, LeaguePermissionMatrixIT::leagueName),
                new Row("PATCH /api/leagues/{pk}/ changing admin_ids (D5)",
                        (api, s) -> api.patch(league(s), "{\"admin_ids\": [" + s.leagueAdmin + "]}"),
                        ORG_ADMIN, 200, NO_PERMISSION, LeaguePermissionMatrixIT::leagueAdmins),
                new Row("PATCH /api/leagues/{pk}/ changing staff_ids",
                        (api, s) -> api.patch(league(s), "{\"staff_ids\": [" + s.leagueStaff + ", " + s.outsider + "]}"),
                        LEAGUE_ADMIN, 200, NO_PERMISSION, LeaguePermissionMatrixIT::leagueStaff),
                new Row("PATCH /api/leagues/{pk}/ adding an organization nobody here administers (D5)",
                        (api, s) -> api.patch(league(s), "{\"organization_ids\": [" + s.organization + ", "
                                + Fixtures.organization("Other " + s.league) + "]}"),
                        STAFF, 200, NO_PERMISSION, LeaguePermissionMatrixIT::leagueOrganizations),
                new Row("DELETE /api/leagues/{pk}/",
                        (api, s) -> api.delete(league(s)),
                        LEAGUE_ADMIN, 204, NO_PERMISSION, LeaguePermissionMatrixIT::leagueName),
                // league admins and staff
                new Row("POST /api/leagues/{id}/admins/",
                        (api, s) -> api.post(league(s) + "admins/", userId(s.outsider)),
                        ORG_ADMIN, 200, MANAGE_LEAGUE, LeaguePermissionMatrixIT::leagueAdmins),
                new Row("DELETE /api/leagues/{id}/admins/{uid}/",
                        (api, s) -> api.delete(league(s) + "admins/" + s.leagueAdmin2 + "/"),
                        ORG_ADMIN, 200, MANAGE_LEAGUE, LeaguePermissionMatrixIT::leagueAdmins),
                new Row("POST /api/leagues/{id}/staff/",
                        (api, s) -> api.post(league(s) + "staff/", userId(s.outsider)),
                        LEAGUE_ADMIN, 200, MANAGE_LEAGUE, LeaguePermissionMatrixIT::leagueStaff),
                new Row("DELETE /api/leagues/{id}/staff/{uid}/",
                        (api, s) -> api.delete(league(s) + "staff/" + s.leagueStaff2 + "/"),
                        LEAGUE_ADMIN, 200, MANAGE_LEAGUE, LeaguePermissionMatrixIT::leagueStaff));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryRole(AppProcess app) {
        return RoleMatrix.walk(app, table());
    }
}
