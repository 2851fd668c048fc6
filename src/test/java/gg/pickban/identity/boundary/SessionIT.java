package gg.pickban.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sessions, cookies and CSRF exactly as the frontend expects them (docs/api.md §4, docs/e2e-seed.md §2). */
@ExtendWith(SharedApp.class)
class SessionIT {

    @Test
    void aTestLoginSetsBothCookiesWithTheContractsAttributes(AppProcess app) {
        Reply reply = app.api().post("/api/tests/login-user/", null);
        assertEquals(200, reply.status(), reply.body());
        List<String> cookies = reply.cookies();
        String session = cookies.stream().filter(c -> c.startsWith("sessionid=")).findFirst().orElseThrow();
        String csrf = cookies.stream().filter(c -> c.startsWith("csrftoken=")).findFirst().orElseThrow();
        assertTrue(session.matches("sessionid=[A-Za-z0-9]+; HttpOnly; Max-Age=1209600; Path=/"), session);
        assertTrue(csrf.matches("csrftoken=[A-Za-z0-9]{32}; Max-Age=31449600; Path=/; SameSite=Lax"), csrf);
        JsonObject tokens = reply.object().getJsonObject("social_tokens");
        assertEquals(List.of("access_token", "csrftoken", "expires_at", "refresh_token", "sessionid"),
                tokens.keySet().stream().sorted().toList());
        assertEquals(9999999999L, tokens.getJsonNumber("expires_at").longValue());
    }

    @Test
    void currentUserOfALoggedInCallerIs201WithActiveDrafts(AppProcess app) {
        Api browser = app.api();
        browser.post("/api/tests/login-user/", null);
        Reply me = browser.get("/api/current_user");
        assertEquals(201, me.status());
        JsonObject user = me.object();
        assertEquals("bucketoffish55", user.getString("username"));
        assertEquals("198618246868500481", user.getString("discordId"));
        assertEquals(false, user.getBoolean("is_staff"));
        assertEquals(List.of(), user.getJsonArray("active_drafts"));
        assertTrue(user.containsKey("positions"));

        Reply listed = browser.get("/api/users/" + user.getInt("pk") + "/");
        assertTrue(!listed.object().containsKey("active_drafts"), "only current_user carries active_drafts");
    }

    @Test
    void adminAndStaffLoginsForceTheirRoles(AppProcess app) {
        Api admin = app.api();
        admin.post("/api/tests/login-admin/", null);
        JsonObject me = admin.get("/api/current_user/").object();
        assertEquals("kettleofketchup", me.getString("username"));
        assertTrue(me.getBoolean("is_staff") && me.getBoolean("is_superuser"));

        Api staff = app.api();
        staff.post("/api/tests/login-staff/", null);
        me = staff.get("/api/current_user/").object();
        assertEquals("hurk_", me.getString("username"));
        assertTrue(me.getBoolean("is_staff") && !me.getBoolean("is_superuser"));
    }

    @Test
    void everyLoginIssuesANewSessionAndCsrfToken(AppProcess app) {
        Api browser = app.api();
        browser.post("/api/tests/login-user/", null);
        String firstSession = browser.cookie("sessionid");
        String firstCsrf = browser.cookie("csrftoken");
        browser.post("/api/tests/login-user/", null);
        assertNotEquals(firstSession, browser.cookie("sessionid"));
        assertNotEquals(firstCsrf, browser.cookie("csrftoken"));
    }

    @Test
    void unsafeRequestsOfALoggedInCallerNeedTheCsrfHeader(AppProcess app) {
        Api browser = app.api();
        browser.post("/api/tests/login-user/", null);

        assertCsrfFailure("CSRF token missing.", browser.header("X-CSRFToken", "").post("/api/logout", null));
        assertCsrfFailure("CSRF token incorrect.", browser.header("X-CSRFToken", "x".repeat(32)).post("/api/logout", null));
        assertEquals(201, browser.get("/api/current_user").status(), "nothing happened");

        Api noCookie = app.api().header("Cookie", "sessionid=" + browser.cookie("sessionid"));
        assertCsrfFailure("CSRF cookie not set.", noCookie.post("/api/logout", null));

        Api foreign = app.api().header("Cookie", "sessionid=" + browser.cookie("sessionid") + "; csrftoken=abc")
                .header("X-CSRFToken", "abc").header("Origin", "https://evil.example");
        assertCsrfFailure("Origin checking failed - https://evil.example does not match any trusted origins.",
                foreign.post("/api/logout", null));

        Api sameOrigin = app.api().header("Cookie", "sessionid=" + browser.cookie("sessionid") + "; csrftoken=abc")
                .header("X-CSRFToken", "abc").header("Origin", app.uri("").toString());
        assertEquals(302, sameOrigin.post("/api/logout", null).status());
    }

    @Test
    void logoutEndsTheSessionAndExpiresItsCookie(AppProcess app) {
        Api browser = app.api();
        browser.post("/api/tests/login-user/", null);
        String session = browser.cookie("sessionid");

        Reply out = browser.post("/api/logout", null);
        assertEquals(302, out.status());
        assertEquals("/", out.header("Location"));
        assertTrue(out.cookies().stream().anyMatch(c -> c.startsWith("sessionid=") && c.contains("Max-Age=0")));

        Reply replayed = app.api().header("Cookie", "sessionid=" + session).get("/api/current_user");
        assertEquals(200, replayed.status());
        assertEquals("", replayed.body(), "the server-side session is gone");
    }

    @Test
    void theRootLogoutPageEndsTheSessionWithoutCsrf(AppProcess app) {
        Api browser = app.api();
        browser.post("/api/tests/login-user/", null);
        String session = browser.cookie("sessionid");
        Reply out = app.api().header("Cookie", "sessionid=" + session).get("/logout/");
        assertEquals(302, out.status());
        assertEquals("", app.api().header("Cookie", "sessionid=" + session).get("/api/current_user").body());
    }

    @Test
    void anonymousUnsafeRequestsAreNotCsrfChecked(AppProcess app) {
        assertEquals(302, app.api().post("/api/logout/", null).status());
        assertEquals(200, app.api().header("Cookie", "sessionid=unknown123").get("/api/current_user").status(),
                "an unknown session is simply anonymous");
    }

    @Test
    void loginAsAUserByPk(AppProcess app) {
        long pk = TestData.insertUser(TestData.unique("loginas"), null, null, null, 2500, Instant.now());
        Api browser = app.api();
        Reply reply = browser.post("/api/tests/login-as/", "{\"user_pk\": " + pk + "}");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.object().getBoolean("success"));
        assertEquals(pk, reply.object().getJsonObject("user").getInt("pk"));
        assertTrue(!reply.object().getJsonObject("user").containsKey("active_drafts"));
        assertEquals(pk, browser.get("/api/current_user").object().getInt("pk"));

        assertEquals("{\"error\":\"user_pk is required\"}", app.api().post("/api/tests/login-as/", "{}").body());
        assertEquals(400, app.api().post("/api/tests/login-as/", "{\"user_pk\": 0}").status());
        assertEquals(400, app.api().post("/api/tests/login-as/", "{\"user_pk\": \"x\"}").status());
        Reply missing = app.api().post("/api/tests/login-as/", "{\"user_pk\": 999999999}");
        assertEquals(404, missing.status());
        assertEquals("{\"error\":\"User not found\"}", missing.body());
    }

    @Test
    void loginAsByDiscordIdAlsoAnswersWithCookieHeaders(AppProcess app) {
        String discordId = Long.toString(System.nanoTime());
        long pk = TestData.insertUser(TestData.unique("discordlogin"), discordId, null, null, 1800, Instant.now());
        Reply reply = app.api().post("/api/tests/login-as-discord/", "{\"discord_id\": \"" + discordId + "\"}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject user = reply.object().getJsonObject("user");
        assertEquals(List.of("discordId", "discordUsername", "mmr", "pk", "username"), user.keySet().stream().sorted().toList());
        assertEquals(pk, user.getInt("pk"));
        String session = reply.header("CookieSessionId");
        assertTrue(reply.cookies().contains("sessionid=" + session + "; HttpOnly; Max-Age=1209600; Path=/"));
        assertTrue(reply.header("CookieCsrfToken").matches("[A-Za-z0-9]{32}"));

        assertEquals("{\"error\":\"discord_id is required\"}", app.api().post("/api/tests/login-as-discord/", "{}").body());
        Reply unknown = app.api().post("/api/tests/login-as-discord/", "{\"discord_id\": \"42\"}");
        assertEquals(404, unknown.status());
        assertEquals("{\"error\":\"User with Discord ID 42 not found\"}", unknown.body());
    }

    @Test
    void testEndpointsAreHiddenFromClientsOutsideTheAllowedNetworks(AppProcess app) {
        Reply reply = app.api().header("X-Forwarded-For", "203.0.113.7").post("/api/tests/login-user/", null);
        assertEquals(404, reply.status());
        assertEquals("{\"detail\":\"Not found.\"}", reply.body());
        assertTrue(reply.cookies().isEmpty());
    }

    private static void assertCsrfFailure(String reason, Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertEquals("{\"detail\":\"CSRF Failed: " + reason + "\"}", reply.body());
    }
}
