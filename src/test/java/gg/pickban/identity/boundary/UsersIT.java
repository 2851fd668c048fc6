package gg.pickban.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedApp.class)
class UsersIT {

    private static final Set<String> USER_FULL_KEYS = Set.of("pk", "username", "nickname", "is_staff", "is_active",
            "is_superuser", "avatar", "discordId", "steamid", "steam_account_id", "mmr", "avatarUrl", "email",
            "date_joined", "positions", "default_organization");

    @Test
    void detailHasExactlyTheUserFullShape(AppProcess app) {
        String name = TestData.unique("shape");
        long pk = TestData.insertUser(name, "198686723838689280", "a_abc", 76561198000000042L, 4200,
                Instant.parse("2026-01-21T18:00:00.123456Z"));

        for (String path : new String[] {"/api/users/" + pk + "/", "/api/users/" + pk}) {
            Reply reply = app.api().get(path);
            assertEquals(200, reply.status(), path);
            JsonObject user = reply.object();
            assertEquals(USER_FULL_KEYS, user.keySet(), path);
            assertEquals(pk, user.getJsonNumber("pk").longValue());
            assertEquals(name, user.getString("username"));
            assertEquals(JsonValue.NULL, user.get("nickname"));
            assertEquals(JsonValue.FALSE, user.get("is_staff"));
            assertEquals(JsonValue.TRUE, user.get("is_active"));
            assertEquals("198686723838689280", user.getString("discordId"));
            assertEquals(76561198000000042L, user.getJsonNumber("steamid").longValueExact());
            assertEquals(39734314L, user.getJsonNumber("steam_account_id").longValue());
            assertEquals(4200, user.getInt("mmr"));
            assertEquals("https://cdn.discordapp.com/avatars/198686723838689280/a_abc.gif", user.getString("avatarUrl"));
            assertEquals("", user.getString("email"));
            assertEquals("2026-01-21T18:00:00.123456Z", user.getString("date_joined"));
            assertEquals(JsonValue.NULL, user.get("default_organization"));
            assertEquals(Json.createObjectBuilder().add("pk", pk).add("carry", 1).add("mid", 2).add("offlane", 3)
                    .add("soft_support", 4).add("hard_support", 5).build(), user.getJsonObject("positions"));
        }
    }

    @Test
    void listHasEveryUserInPkOrderWithAndWithoutSlash(AppProcess app) {
        long first = TestData.insertUser(TestData.unique("list"), null, null, null, null, Instant.now());
        long second = TestData.insertUser(TestData.unique("list"), null, null, null, null, Instant.now());

        Reply withSlash = app.api().get("/api/users/");
        Reply withoutSlash = app.api().get("/api/users");
        assertEquals(200, withSlash.status());
        assertEquals(withSlash.body(), withoutSlash.body());

        var pks = withSlash.array().stream().map(v -> v.asJsonObject().getJsonNumber("pk").longValue()).toList();
        assertTrue(pks.indexOf(first) >= 0 && pks.indexOf(first) < pks.indexOf(second), pks.toString());
        assertEquals(pks.stream().sorted().toList(), pks);
        JsonObject listed = withSlash.array().get(pks.indexOf(first)).asJsonObject();
        assertEquals(USER_FULL_KEYS, listed.keySet());
        assertEquals(JsonValue.NULL, listed.get("avatarUrl"), "no discordId, no avatar URL");
    }

    @Test
    void unknownOrNonNumericUsersAreNotFound(AppProcess app) {
        for (String path : new String[] {"/api/users/999999999/", "/api/users/999999999", "/api/users/abc/"}) {
            Reply reply = app.api().get(path);
            assertEquals(404, reply.status(), path);
            assertEquals(Json.createObjectBuilder().add("detail", "Not found.").build(), reply.object(), path);
        }
    }

    @Test
    void currentUserForAnAnonymousCallerIsAnEmpty200(AppProcess app) {
        for (String path : new String[] {"/api/current_user", "/api/current_user/"}) {
            Reply reply = app.api().get(path);
            assertEquals(200, reply.status(), path);
            assertEquals("", reply.body(), path);
        }
    }
}
