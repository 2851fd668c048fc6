package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cross-cutting HTTP behaviour of the contract (docs/api.md §1–§3) and health. */
@ExtendWith(SharedApp.class)
class PlatformIT {

    private static final JsonObject NOT_FOUND = Json.createObjectBuilder().add("detail", "Not found.").build();

    @Test
    void apiRootListsTheRouterInOrderWithTheBrowsersOrigin(AppProcess app) {
        Reply reply = app.api().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "localhost").get("/api/");
        assertEquals(200, reply.status());
        assertEquals(List.of("users", "tournaments", "teams", "drafts", "draftrounds", "games", "organizations",
                "leagues", "tournaments-basic", "tournaments-list"), List.copyOf(reply.object().keySet()));
        assertEquals("https://localhost/api/users/", reply.object().getString("users"));
        assertEquals("https://localhost/api/tournaments-list/", reply.object().getString("tournaments-list"));

        Reply direct = app.api().get("/api");
        assertEquals(app.uri("/api/leagues/").toString(), direct.object().getString("leagues"));
    }

    @Test
    void unknownApiPathsAreJson404s(AppProcess app) {
        for (String path : new String[] {"/api/pick-player-for-round/", "/api/nothing/here", "/api/users/1/nope/"}) {
            Reply reply = app.api().post(path, "{}");
            assertEquals(404, reply.status(), path);
            assertEquals(NOT_FOUND, reply.object(), path);
            assertTrue(reply.header("Content-Type").startsWith("application/json"));
        }
    }

    @Test
    void theRouteListIsNotPublishedUnderTheApiPrefix(AppProcess app) {
        for (String path : new String[] {"/api/application.wadl", "/api/application.wadl?detail=true"}) {
            Reply reply = app.api().get(path);
            assertEquals(404, reply.status(), path);
            assertEquals(NOT_FOUND, reply.object(), path);
        }
    }

    @Test
    void unsupportedMethodsAre405WithAllow(AppProcess app) {
        Reply reply = app.api().put("/api/users/", "{}");
        assertEquals(405, reply.status());
        assertEquals(Json.createObjectBuilder().add("detail", "Method \"PUT\" not allowed.").build(), reply.object());
        assertTrue(reply.header("Allow").contains("GET"), reply.header("Allow"));
    }

    @Test
    void headAnswersLikeGetWithoutBody(AppProcess app) {
        Reply reply = app.api().send("HEAD", "/api/users/", null, null);
        assertEquals(200, reply.status());
        assertEquals("", reply.body());
    }

    @Test
    void requestIdIsEchoedOrIssued(AppProcess app) {
        assertEquals("trace-42", app.api().header("X-Request-ID", "trace-42").get("/api/").header("X-Request-ID"));
        String issued = app.api().get("/api/").header("X-Request-ID");
        assertNotNull(issued);
        assertFalse(issued.isBlank());
    }

    @Test
    void readinessChecksDatabaseAndRedis(AppProcess app) {
        Reply ready = app.api().get("/health/ready");
        assertEquals(200, ready.status());
        JsonObject health = ready.object();
        assertEquals("UP", health.getString("status"));
        var checks = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("database", "redis"), checks.stream().map(c -> c.getString("name")).sorted().toList());
        JsonObject redis = checks.stream().filter(c -> c.getString("name").equals("redis")).findFirst().orElseThrow();
        assertEquals("UP", redis.getString("status"));
        assertEquals("redis", redis.getJsonObject("data").getString("mode"), "the shared instance uses the real Redis");
        assertEquals(200, app.api().get("/health/live").status());
    }
}
