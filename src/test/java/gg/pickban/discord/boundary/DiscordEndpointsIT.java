package gg.pickban.discord.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.DiscordFault;
import gg.pickban.testsupport.FakeDiscord;
import gg.pickban.testsupport.FakeDiscordBot;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * The guild data endpoints and the interactions webhook (docs/rules.md §8.2, §8.3, docs/decisions.md D12, D46, D47): one
 * instance wired to a fake Discord with a bot token and public key, one with neither.
 */
class DiscordEndpointsIT {

    private static final String BOT_TOKEN = "fake-bot-token-" + System.nanoTime();
    private static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";
    private static final String NO_PERMISSION = "{\"detail\":\"You do not have permission to perform this action.\"}";
    private static final AtomicLong GUILDS = new AtomicLong(System.currentTimeMillis() << 22);

    private static FakeDiscord discord;
    private static FakeDiscord unconfiguredDiscord;
    private static FakeDiscordBot bot;
    private static KeyPair keys;
    private static AppProcess app;
    private static AppProcess bare;

    @BeforeAll
    static void start() throws GeneralSecurityException {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] x509 = keys.getPublic().getEncoded();
        String publicKey = HexFormat.of().formatHex(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
        discord = FakeDiscord.start("endpoints-client", "endpoints-secret");
        bot = discord.bot().acceptBotToken(BOT_TOKEN);
        unconfiguredDiscord = FakeDiscord.start("bare-client", "bare-secret");
        List<AppProcess> apps = AppProcess.startTogether(
                Map.entry("discord-endpoints", DiscordInstances.env(discord, BOT_TOKEN, publicKey)),
                Map.entry("discord-unconfigured", DiscordInstances.env(unconfiguredDiscord, null, null)));
        app = apps.get(0);
        bare = apps.get(1);
    }

    @AfterAll
    static void stop() {
        DiscordInstances.stop(bare, app);
        if (discord != null) {
            discord.close();
        }
        if (unconfiguredDiscord != null) {
            unconfiguredDiscord.close();
        }
    }

    @Test
    void theCommunityGuildsMembersArePagedThroughInFull() {
        List<JsonObject> members = new ArrayList<>();
        for (int i = 0; i < 2345; i++) {
            members.add(FakeDiscordBot.member(Long.toString(900_000_000_000_000_000L + i * 7L), "m" + i));
        }
        List<JsonObject> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled);
        bot.members(DiscordInstances.GUILD_ID, shuffled);

        Reply reply = Logins.anonymous(app).get("/api/discord/dtx_members");
        assertEquals(200, reply.status(), reply.body());
        JsonArray answered = reply.object().getJsonArray("members");
        assertEquals(Json.createArrayBuilder(members).build(), answered, "every member, raw, in id order");
        List<String> pages = bot.calls("GET /v10/guilds/" + DiscordInstances.GUILD_ID + "/members").stream()
                .map(FakeDiscordBot.Call::query).toList();
        assertEquals(List.of("limit=1000", "limit=1000&after=" + userId(members.get(999)),
                "limit=1000&after=" + userId(members.get(1999))), pages);
        assertTrue(bot.calls().stream().filter(c -> c.path().contains("/members"))
                .allMatch(c -> ("Bot " + BOT_TOKEN).equals(c.authorization())), "as the bot");

        for (String path : List.of("/api/discord/dtx_members/", "/api/discord/discord-members/", "/api/discord/discord-members")) {
            Reply same = Logins.user(app).get(path);
            assertEquals(200, same.status(), path);
            assertEquals(answered, same.object().getJsonArray("members"), path);
        }
        assertEquals(3, bot.calls("GET /v10/guilds/" + DiscordInstances.GUILD_ID + "/members").size(),
                "served from the cache meanwhile");
    }

    @Test
    void guildMembersAreCachedFifteenSecondsPerGuild() {
        String guild = guild();
        String other = guild();
        long first = DiscordRows.organization(TestData.unique("cached-org"), guild);
        long second = DiscordRows.organization(TestData.unique("other-org"), other);
        bot.members(guild, List.of(FakeDiscordBot.member("11", "before")));
        bot.members(other, List.of(FakeDiscordBot.member("22", "elsewhere")));
        Api staff = Logins.staff(app);

        assertEquals(List.of("11"), memberIds(staff.get("/api/organizations/" + first + "/discord-members/")));
        bot.members(guild, List.of(FakeDiscordBot.member("11", "before"), FakeDiscordBot.member("12", "joined")));
        assertEquals(List.of("11"), memberIds(staff.get("/api/organizations/" + first + "/discord-members/")), "cached");
        assertEquals(List.of("22"), memberIds(staff.get("/api/organizations/" + second + "/discord-members")), "per guild");
        assertEquals(1, bot.calls("GET /v10/guilds/" + guild + "/members").size());

        letCacheExpire("members:" + guild, 15_000);
        assertEquals(List.of("11", "12"), memberIds(staff.get("/api/organizations/" + first + "/discord-members/")),
                "the new member after the 15 s");
        assertEquals(2, bot.calls("GET /v10/guilds/" + guild + "/members").size());
    }

    @Test
    void userGuildsAreTheCallersOwnAndCachedPerUser() {
        long alice = DiscordRows.userWithDiscord(Long.toString(GUILDS.incrementAndGet()), null);
        long bob = DiscordRows.userWithDiscord(Long.toString(GUILDS.incrementAndGet()), null);
        String aliceToken = "access-alice-" + System.nanoTime();
        String bobToken = "access-bob-" + System.nanoTime();
        DiscordRows.storeAccessToken(alice, aliceToken);
        DiscordRows.storeAccessToken(bob, bobToken);
        JsonArray aliceGuilds = Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "1").add("name", "Alice's")
                .add("owner", true).add("permissions", "2147483647")).build();
        JsonArray bobGuilds = Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "2").add("name", "Bob's")
                .add("owner", false).add("permissions", "0")).build();
        bot.userGuilds(aliceToken, aliceGuilds);
        bot.userGuilds(bobToken, bobGuilds);

        Api asAlice = Logins.as(app, alice);
        Api asBob = Logins.as(app, bob);
        assertEquals(aliceGuilds, guilds(asAlice.get("/api/discord/user-guilds/")));
        assertEquals(bobGuilds, guilds(asBob.get("/api/discord/user-guilds")), "never another user's cached list");
        assertEquals(aliceGuilds, guilds(asAlice.get("/api/discord/user-guilds/")));
        assertEquals(1, callsWith("Bearer " + aliceToken), "cached for Alice");
        assertEquals(1, callsWith("Bearer " + bobToken));

        letCacheExpire("user-guilds:" + alice, 5_000);
        assertEquals(aliceGuilds, guilds(asAlice.get("/api/discord/user-guilds/")));
        assertEquals(2, callsWith("Bearer " + aliceToken), "5 s later Discord is asked again");

        assertEquals("{\"guilds\":[]}", Logins.user(app).get("/api/discord/user-guilds/").body(), "no stored token");
        Reply anonymous = Logins.anonymous(app).get("/api/discord/user-guilds/");
        assertEquals(403, anonymous.status());
        assertEquals(NOT_AUTHENTICATED, anonymous.body());
    }

    /**
     * Time passes for a cached answer without waiting for it: the entry in Redis must still be there and expire
     * within {@code ttlMillis}; deleting it is what its expiry does.
     */
    private static void letCacheExpire(String key, long ttlMillis) {
        try (RedisClient redis = TestServices.redis()) {
            String entry = "pickban:discord:cache:" + key;
            long left = redis.pttl(entry);
            assertTrue(left > 0 && left <= ttlMillis, entry + " expires in " + left + " ms");
            redis.del(entry);
        }
    }

    @Test
    void voiceActivityIsForStaffAndAlwaysUnderOneKey() {
        JsonArray channels = DiscordJson.parse("""
                [{"id": "501", "type": 2, "name": "Lobby"}, {"id": "502", "type": 2, "name": "Quiet"},
                 {"id": "503", "type": 0, "name": "text"}]""").asJsonArray();
        JsonArray states = DiscordJson.parse("""
                [{"channel_id": "501", "user_id": "7", "member": {"user": {"id": "7", "username": "seven"}, "nick": "7"}}]""")
                .asJsonArray();
        bot.voice(DiscordInstances.GUILD_ID, channels, states);

        Reply staff = Logins.staff(app).get("/api/discord/get_discord_activity/");
        assertEquals(200, staff.status(), staff.body());
        assertEquals(DiscordJson.parse("""
                {"active_voice_channels": [{"channel_id": "501", "channel_name": "Lobby",
                  "members": [{"user": {"id": "7", "username": "seven"}, "nick": "7"}]}]}"""), staff.json());
        assertEquals(staff.json(), Logins.superuser(app).get("/api/discord/get_discord_activity").json(), "cached, same key");

        Reply user = Logins.user(app).get("/api/discord/get_discord_activity/");
        assertEquals(403, user.status());
        assertEquals(NO_PERMISSION, user.body());
        assertEquals(NOT_AUTHENTICATED, Logins.anonymous(app).get("/api/discord/get_discord_activity/").body());
    }

    @Test
    void organizationMembersAreForItsStaff() {
        String guild = guild();
        bot.members(guild, List.of(FakeDiscordBot.member("31", "member")));
        long organization = DiscordRows.organization(TestData.unique("org"), guild);
        long withoutGuild = DiscordRows.organization(TestData.unique("no-guild"), null);
        long orgStaff = DiscordRows.userWithDiscord(null, null);
        long orgAdmin = DiscordRows.userWithDiscord(null, null);
        long outsider = DiscordRows.userWithDiscord(null, null);
        DiscordRows.organizationStaff(organization, orgStaff);
        DiscordRows.organizationAdmin(organization, orgAdmin);
        DiscordRows.organizationStaff(withoutGuild, orgStaff);
        String path = "/api/organizations/" + organization + "/discord-members/";

        assertEquals(NOT_AUTHENTICATED, Logins.anonymous(app).get(path).body());
        Reply refused = Logins.as(app, outsider).get(path);
        assertEquals(403, refused.status());
        assertEquals("{\"error\":\"You do not have access to this organization\"}", refused.body());
        for (Api allowed : List.of(Logins.as(app, orgStaff), Logins.as(app, orgAdmin), Logins.staff(app))) {
            Reply reply = allowed.get(path);
            assertEquals(200, reply.status(), reply.body());
            assertEquals(List.of("31"), memberIds(reply));
        }
        assertEquals(List.of("31"), memberIds(Logins.as(app, orgStaff).get(path.substring(0, path.length() - 1))));

        Reply unknown = Logins.staff(app).get("/api/organizations/999999999/discord-members/");
        assertEquals(404, unknown.status());
        assertEquals("{\"detail\":\"Not found.\"}", unknown.body());
        Reply noGuild = Logins.as(app, orgStaff).get("/api/organizations/" + withoutGuild + "/discord-members/");
        assertEquals(400, noGuild.status());
        assertEquals("{\"error\":\"Organization has no Discord server configured\"}", noGuild.body());
        assertEquals(404, Logins.staff(app).get("/api/organizations/abc/discord-members/").status());
    }

    @Test
    void aFailingDiscordIsA502AndATransientOneIsRetried() {
        String broken = guild();
        String flaky = guild();
        long brokenOrg = DiscordRows.organization(TestData.unique("broken"), broken);
        long flakyOrg = DiscordRows.organization(TestData.unique("flaky"), flaky);
        bot.breakRoute("GET /v10/guilds/" + broken + "/members", 500);
        bot.members(flaky, List.of(FakeDiscordBot.member("41", "patient")));
        bot.fail("GET /v10/guilds/" + flaky + "/members", DiscordFault.rateLimited(0.6), DiscordFault.status(502));

        Reply failed = Logins.staff(app).get("/api/organizations/" + brokenOrg + "/discord-members/");
        assertEquals(502, failed.status());
        assertEquals("{\"error\":\"Discord API error: HTTP 500\"}", failed.body());
        assertEquals(3, bot.calls("GET /v10/guilds/" + broken + "/members").size());

        Reply recovered = Logins.staff(app).get("/api/organizations/" + flakyOrg + "/discord-members/");
        assertEquals(200, recovered.status(), recovered.body());
        assertEquals(List.of("41"), memberIds(recovered));
    }

    @Test
    void signedInteractionsAreAnsweredByType() throws Exception {
        assertEquals("{\"type\":1}", interact(app.api(), "{\"type\": 1, \"id\": \"1\"}").body());
        assertEquals("{\"type\":4,\"data\":{\"content\":\"Sorry, I don't know that command.\",\"flags\":64}}",
                interact(app.api(), "{\"type\": 2, \"data\": {\"name\": \"ban\"}}").body());
        assertEquals("{\"type\":4,\"data\":{\"content\":\"Sorry, that button is not one of mine.\",\"flags\":64}}",
                interact(app.api(), "{\"type\": 3}").body());
        assertEquals("{\"type\":4,\"data\":{\"content\":\"Sorry, that form is not one of mine.\",\"flags\":64}}",
                interact(app.api(), "{\"type\": 5}").body());
        Reply unknown = interact(app.api(), "{\"type\": 4}");
        assertEquals(200, unknown.status());
        assertEquals("{\"type\":4,\"data\":{\"content\":\"Unknown interaction type\"}}", unknown.body());
        Reply notJson = interact(app.api(), "{\"type\": 1");
        assertEquals(400, notJson.status());
        assertEquals("{\"error\":\"Invalid JSON\"}", notJson.body());
        assertEquals(400, interact(app.api(), "[1]").status());
    }

    @Test
    void anythingButAValidSignatureIs401() throws Exception {
        String body = "{\"type\": 1}";
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = sign(timestamp, body);
        String invalid = "{\"error\":\"Invalid signature\"}";
        assertEquals(invalid, post(app.api(), body, null, null).body());
        assertEquals(invalid, post(app.api(), body, signature, null).body());
        assertEquals(invalid, post(app.api(), body, null, timestamp).body());
        assertEquals(invalid, post(app.api(), body.replace(" ", ""), signature, timestamp).body(), "the raw bytes count");
        assertEquals(invalid, post(app.api(), body, signature, timestamp + "0").body());
        assertEquals(invalid, post(app.api(), body, "zz" + signature.substring(2), timestamp).body());
        Reply reply = post(app.api(), body, "00" + signature.substring(2), timestamp);
        assertEquals(401, reply.status());
        assertEquals(invalid, reply.body());
        assertEquals(invalid, post(bare.api(), body, signature, timestamp).body(), "no public key configured");
    }

    @Test
    void aBrowsersSessionNeitherPassesNorBlocksTheWebhook() throws Exception {
        Api browser = Logins.staff(app).header("X-CSRFToken", "");
        Reply forged = post(browser, "{\"type\": 2}", null, null);
        assertEquals(401, forged.status(), "a logged-in browser without Discord's signature gets nothing");
        assertEquals("{\"error\":\"Invalid signature\"}", forged.body());
        assertEquals("{\"type\":1}", interact(browser, "{\"type\": 1}").body(), "no CSRF check: Discord sends no token");
        Reply ordinary = browser.post("/api/avatars/refresh/", null);
        assertEquals(403, ordinary.status(), "other endpoints still check CSRF");
    }

    @Test
    void withoutABotTokenListsAreEmptyAndNoJobTouchesDiscord() {
        long organization = DiscordRows.organization(TestData.unique("bare-org"), guild());
        assertEquals("{\"members\":[]}", bare.api().get("/api/discord/dtx_members").body());
        assertEquals("{\"members\":[]}", Logins.anonymous(bare).get("/api/discord/discord-members/").body());
        assertEquals("{\"members\":[]}", Logins.staff(bare).get("/api/organizations/" + organization + "/discord-members/").body());
        assertEquals("{\"active_voice_channels\":[]}", Logins.staff(bare).get("/api/discord/get_discord_activity/").body());

        DiscordRows.userWithDiscord(Long.toString(GUILDS.incrementAndGet()), "stale");
        for (String job : List.of("avatar-batch", "avatar-full", "announcements")) {
            Reply run = bare.api().post("/api/tests/jobs/" + job + "/run/", null);
            assertEquals(200, run.status(), run.body());
            assertFalse(run.object().getBoolean("ran"), job);
        }
        assertEquals(404, bare.api().post("/api/tests/jobs/no-such-job/run/", null).status());
        Reply live = bare.api().get("/health/live");
        assertEquals(200, live.status(), live.body());
        assertTrue(live.body().contains("\"jobs\":\"disabled\""), live.body());
        assertEquals(List.of(), unconfiguredDiscord.bot().calls(), "nothing was sent to Discord or its CDN");
    }

    private static Reply interact(Api api, String body) throws GeneralSecurityException {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        Reply reply = post(api, body, sign(timestamp, body), timestamp);
        assertTrue(reply.status() == 200 || reply.status() == 400, reply.toString());
        return reply;
    }

    private static Reply post(Api api, String body, String signature, String timestamp) {
        Api signed = api;
        if (signature != null) {
            signed = signed.header("X-Signature-Ed25519", signature);
        }
        if (timestamp != null) {
            signed = signed.header("X-Signature-Timestamp", timestamp);
        }
        return signed.post("/api/discord/interactions/", body);
    }

    private static String sign(String timestamp, String body) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
        signer.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(signer.sign());
    }

    private static List<String> memberIds(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getJsonArray("members").stream()
                .map(m -> m.asJsonObject().getJsonObject("user").getString("id")).toList();
    }

    private static JsonArray guilds(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getJsonArray("guilds");
    }

    private static long callsWith(String authorization) {
        return bot.calls("GET /v10/users/@me/guilds").stream().filter(c -> authorization.equals(c.authorization())).count();
    }

    private static String userId(JsonValue member) {
        return member.asJsonObject().getJsonObject("user").getString("id");
    }

    private static String guild() {
        return Long.toString(GUILDS.incrementAndGet());
    }
}
