package gg.pickban.league.boundary;

import static gg.pickban.league.boundary.LeagueFixtures.NOT_AUTHENTICATED;
import static gg.pickban.league.boundary.LeagueFixtures.NO_PERMISSION;
import static gg.pickban.league.boundary.LeagueFixtures.league;
import static gg.pickban.league.boundary.LeagueFixtures.organization;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Updating organizations: who may (docs/decisions.md D5), validation and sanitising (docs/api.md §2, request bodies). */
@ExtendWith(SharedApp.class)
class OrganizationWritesIT {

    private static List<Long> pks(JsonObject org, String key) {
        return org.getJsonArray(key).stream().map(u -> u.asJsonObject().getJsonNumber("pk").longValue()).toList();
    }

    private static List<Long> adminsInDatabase(long org) {
        return LeagueFixtures.pks("SELECT user_id FROM organization_admins WHERE organization_id = ? ORDER BY user_id", org);
    }

    @Test
    void organizationAdminsOwnersAndSiteStaffEditOthersAreRefused(AppProcess app) {
        Api staff = Logins.staff(app);
        long owner = user("owner");
        long admin = user("admin");
        long orgStaff = user("orgstaff");
        long org = organization(staff, TestData.unique("edited"),
                "\"owner_id\": " + owner + ", \"admin_ids\": [" + admin + "], \"staff_ids\": [" + orgStaff + "]");
        String path = "/api/organizations/" + org + "/";
        String rename = "{\"name\": \"renamed\"}";

        assertEquals(NOT_AUTHENTICATED, app.api().patch(path, rename).body());
        assertEquals(NOT_AUTHENTICATED, app.api().put("/api/organizations/999999999/", rename).body(), "403 before 404");
        assertEquals(NO_PERMISSION, Logins.user(app).patch(path, rename).body());
        assertEquals(NO_PERMISSION, Logins.as(app, orgStaff).put(path, rename).body(), "organization staff do not edit");
        assertEquals("{\"detail\":\"Not found.\"}", Logins.as(app, admin).patch("/api/organizations/999999999/", rename).body());

        Reply byAdmin = Logins.as(app, admin).patch(path, "{\"name\": \"by admin\", \"discord_server_id\": \"1234\"}");
        assertEquals(200, byAdmin.status(), byAdmin.body());
        assertEquals(OrganizationsIT.FULL_KEYS, byAdmin.object().keySet(), "updates answer with the counts");
        assertEquals("by admin", byAdmin.object().getString("name"));
        assertEquals("1234", byAdmin.object().getString("discord_server_id"));
        assertEquals(200, Logins.as(app, owner).put(path, "{\"name\": \"by owner\", \"discord_server_id\": null}").status());
        assertNull(value("SELECT discord_server_id FROM organization WHERE id = ?", org));
        assertEquals(200, staff.patch(path, "{\"name\": \"by staff\"}").status(), "D4");
        assertEquals("by staff", app.api().get(path).object().getString("name"));
    }

    @Test
    void patchChangesOnlyWhatItNamesPutNeedsTheName(AppProcess app) {
        Api staff = Logins.staff(app);
        long org = organization(staff, TestData.unique("partial"), "\"description\": \"kept\", \"timezone\": \"UTC\"");
        String path = "/api/organizations/" + org + "/";
        JsonObject before = app.api().get(path).object();

        Reply patched = staff.patch(path, "{\"logo\": \"https://example.org/l.png\"}");
        assertEquals(200, patched.status(), patched.body());
        assertEquals("kept", patched.object().getString("description"));
        assertEquals("UTC", patched.object().getString("timezone"));
        assertEquals("https://example.org/l.png", patched.object().getString("logo"));
        assertEquals(before.getString("created_at"), patched.object().getString("created_at"));
        assertTrue(patched.object().getString("updated_at").compareTo(before.getString("updated_at")) > 0);

        assertEquals("{\"name\":[\"This field is required.\"]}", staff.put(path, "{\"logo\": \"\"}").body());
        assertEquals(200, staff.patch(path, "").status(), "an empty body is {}");
    }

    @Test
    void fieldsAreValidatedTogetherAndNothingChanges(AppProcess app) {
        Api staff = Logins.staff(app);
        long org = organization(staff, TestData.unique("valid"));
        Reply reply = staff.patch("/api/organizations/" + org + "/", "{\"name\": \"" + "n".repeat(256) + "\","
                + " \"logo\": \"not a url\", \"discord_link\": \"ftp://example.org\", \"discord_server_id\": \"" + "1".repeat(21) + "\","
                + " \"description\": null, \"timezone\": \"\", \"owner_id\": 999999999, \"admin_ids\": [999999999],"
                + " \"staff_ids\": \"x\", \"default_league\": \"abc\"}");
        assertEquals(400, reply.status());
        JsonObject errors = reply.object();
        assertEquals(List.of("Ensure this field has no more than 255 characters."), strings(errors, "name"));
        assertEquals(List.of("Enter a valid URL."), strings(errors, "logo"));
        assertEquals(List.of("Enter a valid URL."), strings(errors, "discord_link"));
        assertEquals(List.of("Ensure this field has no more than 20 characters."), strings(errors, "discord_server_id"));
        assertEquals(List.of("This field may not be null."), strings(errors, "description"));
        assertEquals(List.of("This field may not be blank."), strings(errors, "timezone"));
        assertEquals(List.of("Invalid pk \"999999999\" - object does not exist."), strings(errors, "owner_id"));
        assertEquals(List.of("Invalid pk \"999999999\" - object does not exist."), strings(errors, "admin_ids"));
        assertEquals(List.of("Expected a list of items but got type \"str\"."), strings(errors, "staff_ids"));
        assertEquals(List.of("Incorrect type. Expected pk value, received str."), strings(errors, "default_league"));
        assertEquals(10, errors.size(), errors.toString());
        assertTrue(((String) value("SELECT name FROM organization WHERE id = ?", org)).startsWith("valid"));

        assertEquals("{\"name\":[\"This field may not be blank.\"]}", staff.patch("/api/organizations/" + org, "{\"name\": \"  \"}").body());
        assertEquals("{\"name\":[\"This field is required.\"]}", staff.post("/api/organizations/", "{}").body());
        assertEquals("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}",
                staff.post("/api/organizations/", "[]").body());
    }

    private static List<String> strings(JsonObject errors, String key) {
        return errors.getJsonArray(key).getValuesAs(jakarta.json.JsonString::getString);
    }

    @Test
    void richTextIsSanitisedOnEveryWrite(AppProcess app) {
        Api staff = Logins.staff(app);
        long org = organization(staff, TestData.unique("rich"), "\"description\": \"<script>alert(1)</script>Safe text\"");
        String path = "/api/organizations/" + org + "/";
        assertEquals("Safe text", value("SELECT description FROM organization WHERE id = ?", org));

        Reply patched = staff.patch(path, "{\"description\": \"<a href=\\\"javascript:alert(1)\\\">x</a>\","
                + " \"rules_template\": \"## Rules\\n<p style=\\\"color:red\\\" onclick=\\\"x()\\\">Be **nice** & fair</p>\"}");
        assertEquals(200, patched.status(), patched.body());
        assertEquals("<a>x</a>", patched.object().getString("description"));
        assertEquals("## Rules\n<p>Be **nice** &amp; fair</p>", patched.object().getString("rules_template"));
        assertEquals("<a>x</a>", value("SELECT description FROM organization WHERE id = ?", org));

        Reply tooLongOnceEscaped = staff.patch(path, "{\"description\": \"" + "&".repeat(10_000) + "\"}");
        assertEquals("{\"description\":[\"Ensure this field has no more than 10000 characters.\"]}", tooLongOnceEscaped.body());
        assertEquals("<a>x</a>", app.api().get(path).object().getString("description"));
    }

    @Test
    void d5OnlyTheOwnerOrASuperuserChangesTheOwnerOrDropsAdmins(AppProcess app) {
        Api staff = Logins.staff(app);
        long owner = user("owner");
        long first = user("first");
        long second = user("second");
        long added = user("added");
        long org = organization(staff, TestData.unique("d5"), "\"owner_id\": " + owner + ", \"admin_ids\": [" + first + ", " + second + "]");
        String path = "/api/organizations/" + org + "/";
        Api admin = Logins.as(app, first);

        assertEquals(NO_PERMISSION, admin.patch(path, "{\"owner_id\": " + first + "}").body());
        assertEquals(NO_PERMISSION, admin.patch(path, "{\"owner_id\": null}").body());
        assertEquals(NO_PERMISSION, admin.patch(path, "{\"admin_ids\": [" + first + "]}").body());
        assertEquals(NO_PERMISSION, staff.patch(path, "{\"admin_ids\": [" + first + "]}").body(), "site staff are not the owner");
        assertEquals(owner, ((Number) value("SELECT owner_id FROM organization WHERE id = ?", org)).longValue());
        assertEquals(List.of(first, second), adminsInDatabase(org));

        Reply adding = admin.patch(path, "{\"admin_ids\": [" + added + ", " + second + ", " + first + "], \"owner_id\": " + owner + "}");
        assertEquals(200, adding.status(), "adding admins and resending the owner is fine: " + adding.body());
        assertEquals(List.of(first, second, added), pks(adding.object(), "admins"));

        assertEquals("{\"admin_ids\":[\"Owner cannot be added as admin\"]}",
                Logins.as(app, owner).patch(path, "{\"admin_ids\": [" + owner + "]}").body());
        Reply byOwner = Logins.as(app, owner).patch(path, "{\"admin_ids\": [" + second + "]}");
        assertEquals(List.of(second), pks(byOwner.object(), "admins"));

        Reply bySuperuser = Logins.superuser(app).patch(path, "{\"owner_id\": " + second + "}");
        assertEquals(200, bySuperuser.status(), bySuperuser.body());
        assertEquals(second, bySuperuser.object().getJsonObject("owner").getJsonNumber("pk").longValue());
        assertEquals(List.of(), pks(bySuperuser.object(), "admins"), "the new owner is no longer an admin");
    }

    @Test
    void defaultLeagueIsALeaguePkAndClearsWhenTheLeagueGoes(AppProcess app) {
        Api staff = Logins.staff(app);
        long org = organization(staff, TestData.unique("default"));
        long leaguePk = league(staff, TestData.unique("default league"), org);
        String path = "/api/organizations/" + org + "/";
        Reply chosen = staff.patch(path, "{\"default_league\": \"" + leaguePk + "\"}");
        assertEquals(leaguePk, chosen.object().getJsonNumber("default_league").longValue());
        assertEquals("{\"default_league\":[\"Invalid pk \\\"999999999\\\" - object does not exist.\"]}",
                staff.patch(path, "{\"default_league\": 999999999}").body());

        assertEquals(204, staff.delete("/api/leagues/" + leaguePk + "/").status());
        assertEquals(JsonValue.NULL, app.api().get(path).object().get("default_league"));
        assertEquals(200, staff.patch(path, "{\"default_league\": null}").status());
    }
}
