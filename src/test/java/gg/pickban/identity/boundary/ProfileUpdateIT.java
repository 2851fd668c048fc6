package gg.pickban.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/profile_update} (docs/decisions.md D11). */
@ExtendWith(SharedApp.class)
class ProfileUpdateIT {

    @Test
    void theCallerEditsNicknamePositionsAndSteamIdOnly(AppProcess app) {
        long pk = TestData.insertUser(TestData.unique("profile"), null, null, null, 2000, Instant.now());
        Api me = Logins.as(app, pk);
        long accountId = TestData.uniqueAccountId();
        Reply reply = me.post("/api/profile_update", "{\"nickname\": \"Pudge\", \"steamid\": \"" + accountId + "\", \"mmr\": 9000,"
                + " \"is_staff\": true, \"positions\": {\"carry\": 5, \"mid\": 4, \"offlane\": 3, \"soft_support\": 2, \"hard_support\": 1}}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject user = reply.object();
        assertEquals("Pudge", user.getString("nickname"));
        assertEquals(76561197960265728L + accountId, user.getJsonNumber("steamid").longValue());
        assertEquals(2000, user.getInt("mmr"), "MMR is not editable here");
        assertEquals(false, user.getBoolean("is_staff"));
        assertEquals(5, user.getJsonObject("positions").getInt("carry"));

        Reply cleared = me.post("/api/profile_update/", "{\"steamid\": null, \"nickname\": null}");
        assertEquals(JsonValue.NULL, cleared.object().get("steamid"));
        assertEquals(JsonValue.NULL, cleared.object().get("steam_account_id"));
        assertEquals(JsonValue.NULL, cleared.object().get("nickname"));
        assertEquals(201, me.post("/api/profile_update", "{\"steamid\": \"\"}").status());
        long steam64 = 76561197960265728L + TestData.uniqueAccountId();
        assertEquals(201, me.post("/api/profile_update", "{\"steamid\": " + steam64 + "}").status(), "Steam64 stored as is");
        assertEquals(steam64, app.api().get("/api/users/" + pk).object().getJsonNumber("steamid").longValue());
    }

    @Test
    void badSteamIdsAndIncompletePositionsAreRefusedAndChangeNothing(AppProcess app) {
        long takenSteam64 = 76561197960265728L + TestData.uniqueAccountId();
        TestData.insertUser(TestData.unique("owner"), null, null, takenSteam64, null, Instant.now());
        long pk = TestData.insertUser(TestData.unique("profile"), null, null, null, null, Instant.now());
        Api me = Logins.as(app, pk);
        for (String bad : new String[] {"0", "-5", "4294967295", "\"abc\"", "76561197960265728", "76561202255233023", "1.5"}) {
            Reply reply = me.post("/api/profile_update", "{\"steamid\": " + bad + ", \"nickname\": \"changed\"}");
            assertEquals(400, reply.status(), bad);
            assertEquals("{\"error\":\"Invalid Steam ID format\"}", reply.body(), bad);
        }
        Reply taken = me.post("/api/profile_update", "{\"steamid\": " + (takenSteam64 - 76561197960265728L) + "}");
        assertEquals("{\"steamid\":[\"This Steam ID is already linked to another user.\"]}", taken.body());
        Reply partial = me.post("/api/profile_update", "{\"positions\": {\"carry\": 1, \"offlane\": 2, \"soft_support\": 3, \"hard_support\": 4}}");
        assertEquals("{\"positions\":{\"mid\":[\"This field is required.\"]}}", partial.body());
        assertEquals(JsonValue.NULL, app.api().get("/api/users/" + pk).object().get("nickname"), "nothing changed");
    }

    @Test
    void anonymousCallersAreRefused(AppProcess app) {
        Reply reply = app.api().post("/api/profile_update", "{}");
        assertEquals(403, reply.status());
        assertEquals("{\"detail\":\"Authentication credentials were not provided.\"}", reply.body());
    }
}
