package gg.pickban.identity.boundary;

import gg.pickban.identity.control.SessionStore.Login;
import gg.pickban.identity.control.SessionStore;
import gg.pickban.identity.control.TestAccounts.Role;
import gg.pickban.identity.control.TestAccounts;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.boundary.TestEndpoint;
import gg.pickban.platform.boundary.TrustedProxies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test-only logins (docs/e2e-seed.md §2), reachable only through {@code TestEndpointsGate}. Each sets
 * the same cookies as a Discord login.
 */
@TestEndpoint
@Tag(name = "identity")
@Path("tests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestLoginResource {

    @Inject
    TestAccounts accounts;

    @Inject
    SessionStore sessions;

    @Inject
    TrustedProxies proxies;

    @Inject
    HttpServletRequest request;

    @PersistenceContext
    EntityManager em;

    @Operation(summary = "Log in as the seeded admin (test only)")
    @APIResponse(responseCode = "200", description = "The user; sets sessionid and csrftoken.")
    @POST
    @Path("login-admin")
    public Response loginAdmin() {
        return socialLogin(Role.ADMIN);
    }

    @Operation(summary = "Log in as the seeded staff user (test only)")
    @APIResponse(responseCode = "200", description = "The user; sets sessionid and csrftoken.")
    @POST
    @Path("login-staff")
    public Response loginStaff() {
        return socialLogin(Role.STAFF);
    }

    @Operation(summary = "Log in as the seeded plain user (test only)")
    @APIResponse(responseCode = "200", description = "The user; sets sessionid and csrftoken.")
    @POST
    @Path("login-user")
    public Response loginUser() {
        return socialLogin(Role.USER);
    }

    @Operation(summary = "Log in as a user by pk (test only)")
    @APIResponse(responseCode = "200", description = "The user; sets sessionid and csrftoken.")
    @POST
    @Path("login-as")
    public Response loginAs(JsonBody body) {
        Long pk = positiveInteger(body.json().get("user_pk"));
        if (pk == null) {
            return ErrorBody.error(400, "user_pk is required");
        }
        User user = em.find(User.class, pk);
        if (user == null) {
            return ErrorBody.error(404, "User not found");
        }
        return withCookies(Response.ok(Map.of("success", true, "user", UserFull.of(user))), sessions.open(pk)).build();
    }

    @Operation(summary = "Log in as a user by Discord id (test only)")
    @APIResponse(responseCode = "200", description = "The user; sets sessionid and csrftoken.")
    @POST
    @Path("login-as-discord")
    public Response loginAsDiscord(JsonBody body) {
        JsonValue value = body.json().get("discord_id");
        String discordId = value instanceof JsonString s ? s.getString().trim()
                : value instanceof JsonNumber n ? n.toString() : "";
        if (discordId.isEmpty()) {
            return ErrorBody.error(400, "discord_id is required");
        }
        return accounts.byDiscordId(discordId).map(user -> {
            Login login = sessions.open(user.id());
            Map<String, Object> reduced = new LinkedHashMap<>();
            reduced.put("pk", user.id());
            reduced.put("username", user.username());
            reduced.put("discordUsername", user.discordUsername());
            reduced.put("discordId", user.discordId());
            reduced.put("mmr", user.mmr());
            return withCookies(Response.ok(Map.of("success", true, "user", reduced)), login)
                    .header("CookieSessionId", login.sessionKey())
                    .header("CookieCsrfToken", login.csrfToken()).build();
        }).orElseGet(() -> ErrorBody.error(404, "User with Discord ID " + discordId + " not found"));
    }

    private Response socialLogin(Role role) {
        User user = accounts.ensure(role);
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("access_token", "test-token");
        tokens.put("refresh_token", "test-refresh-token");
        tokens.put("expires_at", 9999999999L);
        tokens.put("csrftoken", "test-csrf-token");
        tokens.put("sessionid", "test-session-id");
        return withCookies(Response.ok(Map.of("social_tokens", tokens)), sessions.open(user.id())).build();
    }

    private Response.ResponseBuilder withCookies(Response.ResponseBuilder response, Login login) {
        LoginCookies.issue(login, proxies.httpsToBrowser(request)).forEach(cookie -> response.header("Set-Cookie", cookie));
        return response;
    }

    private static Long positiveInteger(JsonValue value) {
        String text = value instanceof JsonNumber n && n.isIntegral() ? n.toString()
                : value instanceof JsonString s ? s.getString().trim() : null;
        if (text == null || !text.matches("[0-9]{1,18}")) {
            return null;
        }
        long pk = Long.parseLong(text);
        return pk == 0 ? null : pk;
    }
}
