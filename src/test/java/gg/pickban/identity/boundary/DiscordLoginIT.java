package gg.pickban.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.FakeDiscord;
import gg.pickban.testsupport.FakeDiscord.Profile;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Discord OAuth login end to end (docs/api.md §4, docs/decisions.md D14) against a fake Discord on loopback:
 * every redirect is followed by hand, as a browser behind the proxy of https://localhost would.
 * Two instances share PostgreSQL and Redis, so the two halves of a login may land on either.
 */
class DiscordLoginIT {

    private static final String CLIENT_ID = "112233445566778899";
    private static final String CLIENT_SECRET = "fake-client-secret-" + System.nanoTime();
    private static final String ORIGIN = "https://localhost";
    private static final AtomicLong DISCORD_IDS = new AtomicLong(System.currentTimeMillis() << 22);
    private static final HttpClient DISCORD_BROWSER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static FakeDiscord discord;
    private static AppProcess a;
    private static AppProcess b;

    @BeforeAll
    static void start() {
        discord = FakeDiscord.start(CLIENT_ID, CLIENT_SECRET);
        Map<String, String> env = new LinkedHashMap<>(TestServices.productionEnv());
        env.put("PICKBAN_DISCORD_CLIENT_ID", CLIENT_ID);
        env.put("PICKBAN_DISCORD_CLIENT_SECRET", CLIENT_SECRET);
        env.put("PICKBAN_DISCORD_API_BASE", discord.apiBase());
        List<AppProcess> apps = AppProcess.startTogether(Map.entry("discord-login", env), Map.entry("discord-login-b", env));
        a = apps.get(0);
        b = apps.get(1);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.stop();
        }
        if (a != null) {
            a.stop();
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void aFirstLoginCreatesTheUserAndLogsItIn() throws Exception {
        Profile profile = new Profile(discordId(), TestData.unique("newcomer"), "New Comer", "a_0123456789abcdef");
        discord.signIn(profile);
        Api browser = browser(a);

        Reply start = browser.get("/login/discord/");
        assertEquals(302, start.status(), start.body());
        URI authorize = URI.create(start.header("Location"));
        assertEquals(discord.apiBase() + "/oauth2/authorize", authorize.getScheme() + "://" + authorize.getAuthority() + authorize.getPath());
        Map<String, String> params = FakeDiscord.query(authorize);
        assertEquals(CLIENT_ID, params.get("client_id"));
        assertEquals(ORIGIN + "/complete/discord/", params.get("redirect_uri"));
        assertEquals("code", params.get("response_type"));
        assertEquals("identify", params.get("scope"));
        assertTrue(params.get("state") != null && params.get("state").length() >= 16, params.toString());
        String stateCookie = start.cookies().stream().filter(c -> c.startsWith("oauth_state_session=")).findFirst().orElseThrow();
        assertTrue(stateCookie.matches("oauth_state_session=[A-Za-z0-9]{32}; HttpOnly; Max-Age=600; Path=/"), stateCookie);
        assertFalse(start.cookies().stream().anyMatch(c -> c.startsWith("sessionid=") || c.startsWith("csrftoken=")));

        URI callback = approve(authorize);
        assertEquals(ORIGIN + "/complete/discord/", callback.getScheme() + "://" + callback.getAuthority() + callback.getPath());
        Instant before = Instant.now();
        Reply done = browser.get(callbackPath(callback));
        assertEquals(302, done.status());
        assertEquals("/done", done.header("Location"));
        String session = done.cookies().stream().filter(c -> c.startsWith("sessionid=")).findFirst().orElseThrow();
        String csrf = done.cookies().stream().filter(c -> c.startsWith("csrftoken=")).findFirst().orElseThrow();
        assertTrue(session.matches("sessionid=[A-Za-z0-9]+; HttpOnly; Max-Age=1209600; Path=/; Secure"), session);
        assertTrue(csrf.matches("csrftoken=[A-Za-z0-9]{32}; Max-Age=31449600; Path=/; SameSite=Lax; Secure"), csrf);

        Map<String, String> form = discord.tokenRequests().get(discord.tokenRequests().size() - 1);
        assertEquals(CLIENT_ID, form.get("client_id"));
        assertEquals(CLIENT_SECRET, form.get("client_secret"));
        assertEquals("authorization_code", form.get("grant_type"));
        assertEquals(FakeDiscord.query(callback).get("code"), form.get("code"));
        assertEquals(ORIGIN + "/complete/discord/", form.get("redirect_uri"));

        Reply me = browser.get("/api/current_user");
        assertEquals(201, me.status(), me.body());
        JsonObject user = me.object();
        assertEquals(profile.username(), user.getString("username"));
        assertEquals(profile.id(), user.getString("discordId"));
        assertEquals(profile.avatar(), user.getString("avatar"));
        assertEquals("https://cdn.discordapp.com/avatars/" + profile.id() + "/" + profile.avatar() + ".gif",
                user.getString("avatarUrl"));
        assertEquals(0, user.getJsonObject("positions").getInt("carry"));

        Row row = row(profile.id());
        assertEquals(user.getInt("pk"), row.pk());
        assertEquals(profile.username(), row.discordUsername());
        FakeDiscord.Tokens tokens = discord.issuedTokens().get(discord.issuedTokens().size() - 1);
        assertEquals(tokens.access(), row.accessToken());
        assertEquals(tokens.refresh(), row.refreshToken());
        Instant expected = before.plusSeconds(FakeDiscord.TOKEN_LIFETIME_SECONDS);
        assertTrue(Duration.between(expected, row.expiresAt()).abs().compareTo(Duration.ofMinutes(1)) < 0, row.toString());
    }

    @Test
    void aLaterLoginRefreshesAvatarUsernameAndTokens() throws Exception {
        String id = discordId();
        Api first = browser(a);
        assertEquals("/done", login(first, new Profile(id, TestData.unique("before"), null, "0123abcd")).header("Location"));
        long pk = first.get("/api/current_user").object().getInt("pk");

        Profile renamed = new Profile(id, TestData.unique("after"), "After", null);
        Api second = browser(a);
        assertEquals("/done", login(second, renamed).header("Location"));
        JsonObject user = second.get("/api/current_user").object();
        assertEquals(pk, user.getInt("pk"), "the same user, found by Discord id");
        assertEquals(renamed.username(), user.getString("username"));
        assertTrue(user.isNull("avatar"), user.toString());
        Row row = row(id);
        assertEquals(renamed.username(), row.discordUsername());
        assertEquals(discord.issuedTokens().get(discord.issuedTokens().size() - 1).access(), row.accessToken());
    }

    @Test
    void anUnlinkedUserIsFoundByUsernameThenByStoredDiscordUsernameLowestPkFirst() throws Exception {
        String byName = TestData.unique("byname");
        long named = TestData.insertUser(byName, null, null, null, null, Instant.now());
        Profile first = new Profile(discordId(), byName, null, null);
        Api browser = browser(a);
        assertEquals("/done", login(browser, first).header("Location"));
        assertEquals(named, browser.get("/api/current_user").object().getInt("pk"));

        String discordName = TestData.unique("bydiscordname");
        long older = TestData.insertUser(TestData.unique("older"), null, null, null, null, Instant.now());
        long newer = TestData.insertUser(TestData.unique("newer"), null, null, null, null, Instant.now());
        setDiscordUsername(newer, discordName);
        setDiscordUsername(older, discordName);
        Profile second = new Profile(discordId(), discordName, null, null);
        Api other = browser(a);
        assertEquals("/done", login(other, second).header("Location"));
        JsonObject user = other.get("/api/current_user").object();
        assertEquals(older, user.getInt("pk"));
        assertEquals(discordName, user.getString("username"), "nobody else held the name, so it is taken over");
        assertEquals(second.id(), user.getString("discordId"));
    }

    @Test
    void anExistingUserKeepsItsUsernameWhenAnotherUserHoldsTheDiscordName() throws Exception {
        String taken = TestData.unique("taken");
        long holder = TestData.insertUser(taken, discordId(), null, null, null, Instant.now());
        String old = TestData.unique("oldname");
        String id = discordId();
        long linked = TestData.insertUser(old, id, null, null, null, Instant.now());

        Api browser = browser(a);
        assertEquals("/done", login(browser, new Profile(id, taken, null, "f00d")).header("Location"));
        JsonObject user = browser.get("/api/current_user").object();
        assertEquals(linked, user.getInt("pk"));
        assertEquals(old, user.getString("username"));
        assertEquals("f00d", user.getString("avatar"));
        assertEquals(taken, row(id).discordUsername());
        assertEquals(taken, username(holder));
    }

    @Test
    void aNewUserWhoseDiscordNameIsTakenGetsTheLastFourDigitsOfItsId() throws Exception {
        String taken = TestData.unique("clash");
        String otherAccount = discordId();
        long holder = TestData.insertUser(taken, otherAccount, null, null, null, Instant.now());
        String id = discordId();

        Api browser = browser(a);
        assertEquals("/done", login(browser, new Profile(id, taken, null, null)).header("Location"));
        JsonObject user = browser.get("/api/current_user").object();
        assertNotEquals(holder, user.getInt("pk"), "a name must not hand over an account linked to another Discord id");
        assertEquals(taken + "_" + id.substring(id.length() - 4), user.getString("username"));
        assertEquals(id, user.getString("discordId"));
        assertEquals(taken, username(holder));
        assertEquals(otherAccount, row(otherAccount).discordId());
    }

    @Test
    void theStateIsSingleUseAndBoundToTheBrowserThatStartedTheLogin() throws Exception {
        discord.signIn(new Profile(discordId(), TestData.unique("stateful"), null, null));
        Api browser = browser(a);
        String path = callbackPath(approve(URI.create(browser.get("/login/discord/").header("Location"))));
        assertRefused(browser(a), path, "another browser (without the state cookie) brings the callback");
        assertEquals("/done", browser.get(path).header("Location"), "the other browser did not use the state up");
        assertRefused(browser(a), path, "replayed by another browser");
        assertHome(browser.get(path), "replayed by the same browser");

        Api tampering = browser(a);
        String genuine = callbackPath(approve(URI.create(tampering.get("/login/discord/").header("Location"))));
        assertRefused(tampering, genuine.replaceAll("state=[^&]+", "state=forged"), "a tampered state");
        assertRefused(tampering, genuine, "a failed check uses the state up");
    }

    @Test
    void aMissingStateOrADeniedConsentLogsNobodyIn() throws Exception {
        discord.signIn(new Profile(discordId(), TestData.unique("denied"), null, null));
        Api browser = browser(a);
        URI callback = approve(URI.create(browser.get("/login/discord/").header("Location")));
        assertRefused(browser, "/complete/discord/?code=" + FakeDiscord.query(callback).get("code"), "no state");

        Api denied = browser(a);
        String state = FakeDiscord.query(URI.create(denied.get("/login/discord/").header("Location"))).get("state");
        assertRefused(denied, "/complete/discord/?error=access_denied&error_description=The+resource+owner+or+authorization+server+denied+the+request&state="
                + state, "access_denied");
        assertRefused(denied, "/complete/discord?error=access_denied", "access_denied without a slash or state");
    }

    @Test
    void aFailingTokenExchangeOrAHungProfileCallLogsNobodyIn() throws Exception {
        Profile profile = new Profile(discordId(), TestData.unique("unlucky"), null, null);
        discord.signIn(profile);
        Api browser = browser(a);
        URI callback = approve(URI.create(browser.get("/login/discord/").header("Location")));
        discord.failNextTokenExchange(500);
        assertRefused(browser, callbackPath(callback), "token endpoint answered 500");

        callback = approve(URI.create(browser.get("/login/discord/").header("Location")));
        discord.stallNextProfile(Duration.ofSeconds(20));
        Instant started = Instant.now();
        assertRefused(browser, callbackPath(callback), "profile call timed out");
        Duration took = Duration.between(started, Instant.now());
        assertTrue(took.compareTo(Duration.ofSeconds(18)) < 0, "a hung Discord must not hang the login: " + took);
        assertNull(row(profile.id()), "no user was created");
    }

    @Test
    void theLoginMayStartOnOneInstanceAndCompleteOnTheOther() throws Exception {
        Profile profile = new Profile(discordId(), TestData.unique("roaming"), null, null);
        discord.signIn(profile);
        Api onA = browser(a);
        URI callback = approve(URI.create(onA.get("/login/discord/").header("Location")));
        Api onB = onA.on(b);
        Reply done = onB.get(callbackPath(callback));
        assertEquals(302, done.status());
        assertEquals("/done", done.header("Location"));
        assertEquals(profile.username(), onB.get("/api/current_user").object().getString("username"));
        assertEquals(201, onB.on(a).get("/api/current_user").status());
    }

    @Test
    void failuresAreLoggedButNeitherTheClientSecretNorAnyTokenIs() throws Exception {
        Api browser = browser(a);
        assertEquals("/done", login(browser, new Profile(discordId(), TestData.unique("quiet"), null, null)).header("Location"));
        URI callback = approve(URI.create(browser.get("/login/discord/").header("Location")));
        discord.failNextTokenExchange(503);
        assertHome(browser.get(callbackPath(callback)), "token endpoint answered 503");

        List<String> lines = new ArrayList<>(a.logLines());
        lines.addAll(b.logLines());
        assertTrue(lines.stream().anyMatch(line -> line.contains("Discord login failed at the token exchange")
                && line.contains("HTTP 503")), "the failure is logged with its cause");
        assertFalse(lines.stream().anyMatch(line -> line.contains(CLIENT_SECRET)), "client secret logged");
        assertFalse(lines.stream().anyMatch(line -> line.contains("UserProfile: {")), "pac4j's profile dump is off");
        for (FakeDiscord.Tokens tokens : discord.issuedTokens()) {
            assertFalse(lines.stream().anyMatch(line -> line.contains(tokens.access()) || line.contains(tokens.refresh())),
                    "token logged");
        }
    }

    /** A browser behind the proxy of https://localhost: the proxy adds these headers to every request. */
    private static Api browser(AppProcess app) {
        return app.api().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "localhost");
    }

    /** The whole flow for one Discord user; returns Pickban's answer to the callback. */
    private static Reply login(Api browser, Profile profile) throws Exception {
        discord.signIn(profile);
        Reply start = browser.get("/login/discord/");
        assertEquals(302, start.status(), start.body());
        URI callback = approve(URI.create(start.header("Location")));
        Reply done = browser.get(callbackPath(callback));
        assertEquals(302, done.status());
        return done;
    }

    private static String callbackPath(URI callback) {
        return callback.getRawPath() + "?" + callback.getRawQuery();
    }

    /** The user clicks "Authorize" on Discord's page, which redirects back to the redirect_uri. */
    private static URI approve(URI authorize) throws IOException, InterruptedException {
        HttpResponse<String> reply = DISCORD_BROWSER.send(HttpRequest.newBuilder(authorize).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, reply.statusCode(), reply.body());
        return URI.create(reply.headers().firstValue("Location").orElseThrow());
    }

    /** The callback sends an anonymous browser home and leaves it anonymous. */
    private static void assertRefused(Api browser, String callbackPath, String why) {
        assertHome(browser.get(callbackPath), why);
        Reply me = browser.get("/api/current_user");
        assertEquals(200, me.status(), why);
        assertEquals("", me.body(), why);
    }

    private static void assertHome(Reply reply, String why) {
        assertEquals(302, reply.status(), why);
        assertEquals("/", reply.header("Location"), why);
        assertFalse(reply.cookies().stream().anyMatch(c -> c.startsWith("sessionid=") || c.startsWith("csrftoken=")),
                why + ": " + reply.cookies());
    }

    private static String discordId() {
        return Long.toString(DISCORD_IDS.incrementAndGet());
    }

    private record Row(long pk, String discordId, String discordUsername, String accessToken, String refreshToken,
            Instant expiresAt) {
    }

    private static Row row(String discordId) throws SQLException {
        try (Connection db = TestServices.database();
                PreparedStatement select = db.prepareStatement("""
                        SELECT id, discord_id, discord_username, discord_access_token, discord_refresh_token,
                               discord_token_expires_at FROM users WHERE discord_id = ?""")) {
            select.setString(1, discordId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                var expires = rows.getTimestamp(6);
                return new Row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), expires == null ? null : expires.toInstant());
            }
        }
    }

    private static String username(long pk) throws SQLException {
        try (Connection db = TestServices.database();
                PreparedStatement select = db.prepareStatement("SELECT username FROM users WHERE id = ?")) {
            select.setLong(1, pk);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1);
            }
        }
    }

    private static void setDiscordUsername(long pk, String discordUsername) throws SQLException {
        try (Connection db = TestServices.database();
                PreparedStatement update = db.prepareStatement("UPDATE users SET discord_username = ? WHERE id = ?")) {
            update.setString(1, discordUsername);
            update.setLong(2, pk);
            assertEquals(1, update.executeUpdate());
        }
    }
}
