package gg.pickban.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff user CRUD and its validation (docs/decisions.md D13). */
@ExtendWith(SharedApp.class)
class UserWritesIT {

    @Test
    void staffCreatesAUserWithDefaultsAndNormalisedSteamId(AppProcess app) {
        String name = TestData.unique("created");
        long accountId = TestData.uniqueAccountId();
        Reply reply = Logins.staff(app).post("/api/users/",
                "{\"username\": \" " + name + " \", \"mmr\": \"4200\", \"steamid\": \"" + accountId + "\", \"nickname\": null,"
                        + " \"positions\": {\"carry\": 1, \"mid\": 2, \"offlane\": 0, \"soft_support\": 0, \"hard_support\": 5},"
                        + " \"discordUsername\": \"ignored\", \"avatarUrl\": \"ignored\", \"teams\": []}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject user = reply.object();
        assertEquals(name, user.getString("username"), "strings are trimmed");
        assertEquals(4200, user.getInt("mmr"), "numeric strings are integers");
        assertEquals(76561197960265728L + accountId, user.getJsonNumber("steamid").longValue());
        assertEquals(accountId, user.getJsonNumber("steam_account_id").longValue());
        assertEquals(true, user.getBoolean("is_active"));
        assertEquals(5, user.getJsonObject("positions").getInt("hard_support"));
        assertEquals(user, app.api().get("/api/users/" + user.getInt("pk") + "/").object(), "stored as answered");
    }

    @Test
    void registerIsTheSameCreate(AppProcess app) {
        Reply reply = Logins.staff(app).post("/api/user/register", "{\"username\": \"" + TestData.unique("reg") + "\"}");
        assertEquals(201, reply.status(), reply.body());
        assertEquals(0, reply.object().getJsonObject("positions").getInt("carry"), "positions default to 0");
    }

    @Test
    void invalidFieldsAreReportedPerFieldAndNothingIsStored(AppProcess app) {
        Api staff = Logins.staff(app);
        String taken = TestData.unique("taken");
        TestData.insertUser(taken, null, null, null, null, Instant.now());
        int before = app.api().get("/api/users/").array().size();

        Reply reply = staff.post("/api/users/", "{\"username\": \"" + taken + "\", \"mmr\": \"lots\", \"email\": \"nope\","
                + " \"steamid\": 4294967295, \"positions\": {\"carry\": 1}}");
        assertEquals(400, reply.status());
        JsonObject errors = reply.object();
        assertEquals("A user with that username already exists.", errors.getJsonArray("username").getString(0));
        assertEquals("A valid integer is required.", errors.getJsonArray("mmr").getString(0));
        assertEquals("Enter a valid email address.", errors.getJsonArray("email").getString(0));
        assertEquals("Invalid Steam ID format", errors.getJsonArray("steamid").getString(0));
        assertEquals("This field is required.", errors.getJsonObject("positions").getJsonArray("mid").getString(0));
        assertEquals(before, app.api().get("/api/users/").array().size());

        assertEquals("{\"username\":[\"This field is required.\"]}", staff.post("/api/users/", "{}").body());
        assertEquals("{\"username\":[\"Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.\"]}",
                staff.post("/api/users/", "{\"username\": \"has space\"}").body());
    }

    @Test
    void malformedOrWrongBodiesAreClear400sAnd415s(AppProcess app) {
        Api staff = Logins.staff(app);
        Reply malformed = staff.post("/api/users/", "{\"username\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.object().getString("detail").startsWith("JSON parse error - "), malformed.body());

        Reply list = staff.post("/api/users/", "[1, 2]");
        assertEquals("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}", list.body());

        Reply text = staff.send("POST", "/api/users/", "username=x", "text/plain");
        assertEquals(415, text.status());
        assertEquals("{\"detail\":\"Unsupported media type \\\"text/plain\\\" in request.\"}", text.body());

        Reply form = staff.send("POST", "/api/users/", "username=" + TestData.unique("form"), "application/x-www-form-urlencoded");
        assertEquals(201, form.status(), "form bodies carry the same fields");
    }

    @Test
    void patchChangesOnlyWhatItNamesPutNeedsTheRequiredFields(AppProcess app) {
        Api staff = Logins.staff(app);
        long pk = TestData.insertUser(TestData.unique("edit"), null, null, null, 3000, Instant.now());

        Reply patched = staff.patch("/api/users/" + pk, "{\"positions\": {\"mid\": 5}, \"nickname\": \"Nick\"}");
        assertEquals(200, patched.status(), patched.body());
        assertEquals(5, patched.object().getJsonObject("positions").getInt("mid"));
        assertEquals(1, patched.object().getJsonObject("positions").getInt("carry"), "other positions kept");
        assertEquals(3000, patched.object().getInt("mmr"));
        assertEquals("Nick", patched.object().getString("nickname"));

        assertEquals("{\"username\":[\"This field is required.\"]}", staff.put("/api/users/" + pk + "/", "{\"mmr\": 1}").body());
        Reply cleared = staff.patch("/api/users/" + pk + "/", "{\"nickname\": null, \"steamid\": null}");
        assertEquals(JsonValue.NULL, cleared.object().get("nickname"));
        assertEquals(404, staff.patch("/api/users/999999999/", "{}").status());
    }

    @Test
    void onlyASuperuserChangesSuperuserStatus(AppProcess app) {
        long pk = TestData.insertUser(TestData.unique("d13"), null, null, null, null, Instant.now());
        Reply refused = Logins.staff(app).patch("/api/users/" + pk + "/", "{\"is_superuser\": true}");
        assertEquals(403, refused.status());
        assertEquals("{\"detail\":\"Only a superuser can change superuser status.\"}", refused.body());
        assertEquals(false, app.api().get("/api/users/" + pk).object().getBoolean("is_superuser"));

        assertEquals(200, Logins.staff(app).patch("/api/users/" + pk + "/", "{\"is_superuser\": false, \"is_staff\": \"yes\"}").status(),
                "sending the unchanged value is fine");
        assertEquals(403, Logins.staff(app).post("/api/users/", "{\"username\": \"" + TestData.unique("su") + "\", \"is_superuser\": true}").status());

        Reply granted = Logins.superuser(app).patch("/api/users/" + pk + "/", "{\"is_superuser\": true}");
        assertEquals(true, granted.object().getBoolean("is_superuser"));
    }

    @Test
    void staffCannotTakeOverASuperuserNorDeleteOne(AppProcess app) {
        String name = TestData.unique("root");
        String discordId = Long.toString(TestData.uniqueAccountId());
        long pk = TestData.insertUser(name, discordId, null, null, 4000, Instant.now());
        Logins.superuser(app).patch("/api/users/" + pk + "/", "{\"is_superuser\": true, \"is_staff\": true, \"email\": \"root@example.org\"}");
        JsonObject before = app.api().get("/api/users/" + pk + "/").object();
        Api staff = Logins.staff(app);

        for (String takeover : List.of("{\"discordId\": \"999000111\"}", "{\"discordId\": null}", "{\"username\": \"" + TestData.unique("mine") + "\"}",
                "{\"steamid\": 76561197960265729}", "{\"email\": \"staff@example.org\"}", "{\"is_active\": false}",
                "{\"is_staff\": false}")) {
            Reply refused = staff.patch("/api/users/" + pk + "/", takeover);
            assertEquals(403, refused.status(), takeover + " -> " + refused);
            assertTrue(refused.object().getString("detail").startsWith("Only a superuser can change a superuser's "), refused.body());
        }
        Reply put = staff.put("/api/users/" + pk + "/", "{\"username\": \"" + name + "\", \"discordId\": \"123\"}");
        assertEquals(403, put.status(), put.body());
        assertEquals("{\"detail\":\"Only a superuser can delete a superuser.\"}", staff.delete("/api/users/" + pk + "/").body());
        assertEquals(before, app.api().get("/api/users/" + pk + "/").object(), "nothing changed");

        Reply profile = staff.patch("/api/users/" + pk + "/", "{\"nickname\": \"Root\", \"mmr\": 4100, \"username\": \"" + name
                + "\", \"discordId\": \"" + discordId + "\"}");
        assertEquals(200, profile.status(), "staff may still edit the rest, and resend unchanged identity fields: " + profile);
        assertEquals(4100, profile.object().getInt("mmr"));

        assertEquals(200, Logins.superuser(app).patch("/api/users/" + pk + "/", "{\"discordId\": \"999000111\"}").status(),
                "a superuser may");
        assertEquals(204, Logins.superuser(app).delete("/api/users/" + pk + "/").status());
    }

    @Test
    void deleteRemovesTheUserAndTheirSessions(AppProcess app) {
        long pk = TestData.insertUser(TestData.unique("gone"), null, null, null, null, Instant.now());
        Api victim = Logins.as(app, pk);
        assertEquals(204, Logins.staff(app).delete("/api/users/" + pk + "/").status());
        assertEquals(404, app.api().get("/api/users/" + pk + "/").status());
        assertEquals("", victim.get("/api/current_user").body());
    }

    @Test
    void racingCreatesOfOneUsernameGiveOneUserAndNo5xx(AppProcess app) throws Exception {
        Api staff = Logins.staff(app);
        String name = TestData.unique("race");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                replies.add(pool.submit(() -> staff.post("/api/users/", "{\"username\": \"" + name + "\"}")));
            }
            int created = 0;
            for (var reply : replies) {
                int status = reply.get().status();
                assertTrue(status == 201 || status == 400 || status == 409, "status " + status);
                created += status == 201 ? 1 : 0;
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, app.api().get("/api/users/").array().stream()
                .filter(u -> u.asJsonObject().getString("username").equals(name)).count());
    }

    @Test
    void searchFindsByAnyNameCaseInsensitivelyForLoggedInCallers(AppProcess app) {
        String stem = "zq" + System.nanoTime();
        long first = TestData.insertUser(stem.toUpperCase() + "_a", null, null, null, null, Instant.now());
        long second = TestData.insertUser("x_" + stem + "_b", null, null, null, null, Instant.now());

        Api user = Logins.user(app);
        Reply found = user.get("/api/users/search/?q=" + stem);
        assertEquals(200, found.status(), found.body());
        assertEquals(2, found.array().size());
        assertEquals(first, found.array().getJsonObject(0).getInt("pk"));
        assertEquals(second, found.array().getJsonObject(1).getInt("pk"));
        assertTrue(!found.array().getJsonObject(0).containsKey("is_staff"), "search answers UserMini");

        assertEquals("{\"error\":\"Search query must be at least 3 characters\"}", user.get("/api/users/search/?q=%20ab%20").body());
        assertEquals("[]", user.get("/api/users/search?q=%25%25%25").body(), "% is matched literally");
        assertEquals(403, app.api().get("/api/users/search/?q=" + stem).status());
    }
}
