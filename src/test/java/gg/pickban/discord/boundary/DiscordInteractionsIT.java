package gg.pickban.discord.boundary;

import static gg.pickban.discord.boundary.SignedInteractions.snowflake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.discord.boundary.DiscordRows.Template;
import gg.pickban.discord.boundary.SignedInteractions.Member;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Await;
import gg.pickban.testsupport.DiscordFault;
import gg.pickban.testsupport.FakeDiscord;
import gg.pickban.testsupport.FakeDiscordBot;
import gg.pickban.testsupport.FakeDiscordBot.Message;
import gg.pickban.testsupport.FakeDiscordBot.WebhookCall;
import gg.pickban.testsupport.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Discord bot as an interactions webhook, on two instances sharing PostgreSQL and Redis, against
 * the fake Discord: slash command registration, {@code /roles}, {@code /event}, RSVP buttons (repeated
 * and racing clicks), deferral with a follow-up through the interaction's webhook, and stale
 * timestamps. Every interaction is signed with a key pair made here.
 */
class DiscordInteractionsIT {

    private static final String BOT_TOKEN = "fake-bot-token-" + System.nanoTime();
    private static final String APP_ID = "1190000000000000001";
    private static final String COMMANDS = "/v10/applications/" + APP_ID + "/guilds/" + DiscordInstances.GUILD_ID + "/commands";
    private static final String SITE = "https://league.example";

    private static FakeDiscord discord;
    private static FakeDiscordBot bot;
    private static SignedInteractions interactions;
    private static AppProcess a;
    private static AppProcess b;

    /** An announcement the scheduler posted. */
    private record Posted(long eventId, String channelId, String messageId) {
    }

    @BeforeAll
    static void start() {
        interactions = new SignedInteractions(APP_ID);
        discord = FakeDiscord.start(APP_ID, "interactions-secret");
        bot = discord.bot().acceptBotToken(BOT_TOKEN);
        Map<String, String> env = new LinkedHashMap<>(DiscordInstances.env(discord, BOT_TOKEN, interactions.publicKeyHex()));
        env.put("PICKBAN_DISCORD_CLIENT_ID", APP_ID);
        env.put("PICKBAN_DISCORD_CLIENT_SECRET", "interactions-secret");
        env.put("PICKBAN_SITE_URL", SITE + "/");
        List<AppProcess> apps = AppProcess.startTogether(Map.entry("discord-interactions-a", env), Map.entry("discord-interactions-b", env));
        a = apps.get(0);
        b = apps.get(1);
        for (AppProcess app : apps) {
            // the first database round trip of a fresh JVM can take longer than the answer budget
            interactions.send(app, interactions.click(snowflake(), token(), snowflake(), snowflake(), member("warm"), "rsvp:1:yes"));
        }
    }

    @AfterAll
    static void stop() {
        DiscordInstances.stop(b, a);
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void commandsAreRegisteredOnceAtStartAndLaterOnlyWhenTheyDiffer() {
        Await.until(() -> bot.calls("PUT " + COMMANDS).size() == 1, Duration.ofSeconds(90), "the registration at start");
        // the other instance's registration at start runs asynchronously and, when it lost the lock, leaves no
        // trace: give it the time it takes to list the commands, then check it did not register them again
        Await.quietFor(Duration.ofSeconds(6));
        assertEquals(1, bot.calls("PUT " + COMMANDS).size(), "two instances started, one registration");
        assertEquals(("Bot " + BOT_TOKEN), bot.calls("PUT " + COMMANDS).get(0).authorization());
        assertEquals(DiscordJson.parse("""
                [{"name": "roles", "type": 1, "description": "Get the link to your Pickban profile, where you set your roles"},
                 {"name": "event", "type": 1, "description": "Schedule an event with RSVP buttons in this channel (Pickban staff only)",
                  "options": [{"type": 3, "name": "name", "description": "The event's name, shown as the announcement's title",
                               "required": true, "max_length": 100},
                              {"type": 3, "name": "description", "description": "What the event is about",
                               "required": true, "max_length": 4000}]}]"""), DiscordJson.parse(bot.calls("PUT " + COMMANDS).get(0).body()));
        List<JsonObject> registered = bot.commands(APP_ID, DiscordInstances.GUILD_ID);
        String rolesId = registered.get(0).getString("id");

        int lists = bot.calls("GET " + COMMANDS).size();
        assertEquals("unchanged", syncCommands(b));
        assertEquals(lists + 1, bot.calls("GET " + COMMANDS).size(), "listed");
        assertEquals(1, bot.calls("PUT " + COMMANDS).size(), "and left alone");

        JsonObject event = registered.get(1);
        bot.commands(APP_ID, DiscordInstances.GUILD_ID, List.of(registered.get(0),
                Json.createObjectBuilder(event).add("description", "Post an event (old wording)").build()));
        assertEquals("updated", syncCommands(a));
        assertEquals(2, bot.calls("PUT " + COMMANDS).size());
        assertEquals(rolesId, bot.commands(APP_ID, DiscordInstances.GUILD_ID).get(0).getString("id"), "same name, same command");
        assertEquals("Schedule an event with RSVP buttons in this channel (Pickban staff only)",
                bot.commands(APP_ID, DiscordInstances.GUILD_ID).get(1).getString("description"));

        List<JsonObject> withForeign = new ArrayList<>(bot.commands(APP_ID, DiscordInstances.GUILD_ID));
        withForeign.add(Json.createObjectBuilder().add("id", "5").add("name", "rsvp-old").add("type", 1).add("description", "Gateway bot").build());
        bot.commands(APP_ID, DiscordInstances.GUILD_ID, withForeign);
        assertEquals("updated", syncCommands(b));
        assertEquals(List.of("roles", "event"), bot.commands(APP_ID, DiscordInstances.GUILD_ID).stream().map(c -> c.getString("name")).toList());

        bot.commands(APP_ID, DiscordInstances.GUILD_ID, List.of());
        assertEquals("created", syncCommands(a));
        assertEquals(4, bot.calls("PUT " + COMMANDS).size());
        assertEquals("unchanged", syncCommands(a));
        assertEquals(4, bot.calls("PUT " + COMMANDS).size());
    }

    @Test
    void rolesLinksEveryoneToTheirOwnProfileOnlyForThem() {
        Member alice = member("alice");
        Reply guild = interactions.send(a, interactions.command(snowflake(), token(), snowflake(), alice, "roles", "[]"));
        assertEquals(200, guild.status(), guild.body());
        assertEquals("{\"type\":4,\"data\":{\"content\":\"Set your roles and positions on your Pickban profile: " + SITE
                + "/profile?discord_id=" + alice.id() + "\",\"flags\":64}}", guild.body());

        String dm = """
                {"id": "%s", "application_id": "%s", "type": 2, "token": "%s", "channel_id": "%s",
                 "user": {"id": "%s", "username": "solo"}, "data": {"name": "roles", "type": 1}}"""
                .formatted(snowflake(), APP_ID, token(), snowflake(), "243497113906970625");
        Reply direct = interactions.send(b, dm);
        assertEquals(200, direct.status(), direct.body());
        assertEquals(SITE + "/profile?discord_id=243497113906970625",
                direct.object().getJsonObject("data").getString("content").replaceAll(".*: ", ""));
        assertEquals(64, direct.object().getJsonObject("data").getInt("flags"));
    }

    @Test
    void staffScheduleAnEventInTheirChannelAndItIsPostedWithButtons() {
        Member staff = member("staff");
        long staffPk = DiscordRows.member(staff.id(), true, false, true);
        Member superuser = member("root");
        long superuserPk = DiscordRows.member(superuser.id(), false, true, true);
        String channel = snowflake();
        String id = snowflake();
        String command = interactions.command(id, token(), channel, staff, "event", options("Inhouse *night*", "Bring snacks"));

        Reply scheduled = interactions.send(a, command);
        assertEquals(200, scheduled.status(), scheduled.body());
        assertEquals(ephemeral("Scheduled **Inhouse \\*night\\*** for <#" + channel
                + ">: it is posted here within a minute, with RSVP buttons."), scheduled.json());
        List<Template> templates = DiscordRows.templates(channel);
        assertEquals(List.of(new Template(templates.get(0).id(), "Inhouse *night*", "event", "Inhouse *night*", "Bring snacks",
                "#5865F2", true, staffPk)), templates);
        List<Long> events = DiscordRows.events(templates.get(0).id());
        assertEquals(1, events.size());
        DiscordRows.Event event = DiscordRows.event(events.get(0));
        assertFalse(event.nextPostAt().isAfter(Instant.now()), "due now");

        Reply again = interactions.send(b, command);
        assertEquals(ephemeral("That /event was already scheduled."), again.json(), "the same interaction delivered twice");
        assertEquals(1, DiscordRows.templates(channel).size());

        Reply bySuperuser = interactions.send(b, interactions.command(snowflake(), token(), channel, superuser, "event",
                options("Finals", "Watch party")));
        assertTrue(bySuperuser.object().getJsonObject("data").getString("content").startsWith("Scheduled **Finals**"), bySuperuser.body());
        assertEquals(superuserPk, DiscordRows.templates(channel).get(1).createdBy());

        DiscordJobsIT.runJob(a, "announcements");
        Await.until(() -> DiscordRows.occurrences(events.get(0)).size() == 1, Duration.ofSeconds(30), "the posting");
        Message posted = bot.messages().stream().filter(m -> m.id().equals(DiscordRows.occurrences(events.get(0)).get(0)))
                .findFirst().orElseThrow();
        assertEquals(channel, posted.channelId());
        assertEquals("Inhouse *night*", posted.title());
        assertEquals(List.of("rsvp:" + events.get(0) + ":yes", "rsvp:" + events.get(0) + ":maybe", "rsvp:" + events.get(0) + ":no"),
                customIds(posted.components()));
    }

    @Test
    void onlyActiveSiteStaffMayScheduleEvents() {
        Member player = member("player");
        DiscordRows.member(player.id(), false, false, true);
        Member retired = member("retired");
        DiscordRows.member(retired.id(), true, false, false);
        Member stranger = member("stranger");
        String channel = snowflake();
        for (Member who : List.of(player, retired, stranger)) {
            Reply refused = interactions.send(a, interactions.command(snowflake(), token(), channel, who, "event", options("Mine", "x")));
            assertEquals(200, refused.status(), refused.body());
            assertEquals(ephemeral("Sorry, only Pickban staff can schedule events."), refused.json(), who.username());
        }
        assertEquals(List.of(), DiscordRows.templates(channel), "nothing written");
    }

    @Test
    void malformedEventOptionsAreExplainedNeverAFailure() {
        Member staff = member("staff");
        DiscordRows.member(staff.id(), true, false, true);
        String channel = snowflake();
        String incomplete = "Sorry, /event needs a name (up to 100 characters) and a description (up to 4000), typed in a server channel.";
        for (String options : List.of("[]", "{\"name\": \"x\"}", "[{\"name\": \"name\", \"type\": 3, \"value\": \"x\"}]",
                options("n".repeat(101), "x"), "[{\"name\": \"name\", \"type\": 4, \"value\": 1}, {\"name\": \"description\", \"type\": 3,"
                        + " \"value\": \"x\"}]", "[1, null, \"name\"]")) {
            Reply reply = interactions.send(a, interactions.command(snowflake(), token(), channel, staff, "event", options));
            assertEquals(200, reply.status(), options + ": " + reply.body());
            assertEquals(ephemeral(incomplete), reply.json(), options);
        }
        assertEquals(List.of(), DiscordRows.templates(channel));
    }

    @Test
    void aClickAnswersSwitchesAndTakesBackAndRedrawsTheAnnouncement() {
        Posted posted = announce("Toggle");
        Member alice = new Member(snowflake(), "alice", "Ali");
        Member bob = member("bob");

        JsonObject first = clicked(a, posted, alice, "yes");
        assertEquals(List.of("✅ Yes (1): Ali", "❓ Maybe (0): —", "❌ No (0): —"), fields(first));
        assertEquals(DiscordJson.parse("""
                [{"type": 1, "components": [
                  {"type": 2, "style": 3, "label": "Yes", "emoji": {"name": "✅"}, "custom_id": "rsvp:%1$d:yes"},
                  {"type": 2, "style": 2, "label": "Maybe", "emoji": {"name": "❓"}, "custom_id": "rsvp:%1$d:maybe"},
                  {"type": 2, "style": 4, "label": "No", "emoji": {"name": "❌"}, "custom_id": "rsvp:%1$d:no"}]}]"""
                .formatted(posted.eventId())), first.getJsonArray("components"), "the same buttons");
        JsonObject embed = first.getJsonArray("embeds").getJsonObject(0);
        assertEquals("Toggle " + posted.channelId(), embed.getString("title"));
        assertEquals("About Toggle " + posted.channelId(), embed.getString("description"));
        assertEquals(5793266, embed.getInt("color"));
        assertEquals(List.of(alice.id() + ":yes:Ali"), DiscordRows.rsvps(posted.messageId()));

        assertEquals(List.of("✅ Yes (1): Ali", "❓ Maybe (0): —", "❌ No (1): bob"), fields(clicked(b, posted, bob, "no")));
        assertEquals(List.of("✅ Yes (0): —", "❓ Maybe (1): Ali", "❌ No (1): bob"), fields(clicked(b, posted, alice, "maybe")));
        assertEquals(List.of("✅ Yes (0): —", "❓ Maybe (0): —", "❌ No (1): bob"), fields(clicked(a, posted, alice, "maybe")),
                "the answer already given, clicked again: taken back");
        assertEquals(List.of(bob.id() + ":no:bob"), DiscordRows.rsvps(posted.messageId()));
    }

    @Test
    void aClickDeliveredTwiceCountsOnceEvenOnTwoInstancesAtOnce() throws Exception {
        Posted posted = announce("Twice");
        Member carol = member("carol");
        String body = interactions.click(snowflake(), token(), posted.channelId(), posted.messageId(), carol, custom(posted, "yes"));
        JsonObject once = update(interactions.send(a, body));
        JsonObject twice = update(interactions.send(b, body));
        assertEquals(once, twice, "the same answer, not a withdrawal");
        assertEquals(List.of(carol.id() + ":yes:carol"), DiscordRows.rsvps(posted.messageId()));

        Member dave = member("dave");
        String raced = interactions.click(snowflake(), token(), posted.channelId(), posted.messageId(), dave, custom(posted, "no"));
        List<Reply> replies = race(List.of(() -> interactions.send(a, raced), () -> interactions.send(b, raced),
                () -> interactions.send(a, raced), () -> interactions.send(b, raced)));
        for (Reply reply : replies) {
            assertEquals(List.of("✅ Yes (1): carol", "❓ Maybe (0): —", "❌ No (1): dave"), fields(update(reply)));
        }
        assertEquals(List.of(carol.id() + ":yes:carol", dave.id() + ":no:dave"), DiscordRows.rsvps(posted.messageId()));
    }

    @Test
    void racingClicksOfManyUsersAreAllKeptAndEachAnswerShowsACommittedState() throws Exception {
        Posted posted = announce("Race");
        List<Member> members = IntStream.range(0, 10).mapToObj(i -> member("racer" + i)).toList();
        List<Callable<Reply>> clicks = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String body = interactions.click(snowflake(), token(), posted.channelId(), posted.messageId(), members.get(i),
                    custom(posted, "yes"));
            AppProcess app = i % 2 == 0 ? a : b;
            clicks.add(() -> interactions.send(app, body));
        }
        Set<String> counts = new HashSet<>();
        for (Reply reply : race(clicks)) {
            counts.add(fields(update(reply)).get(0).replaceAll(":.*", ""));
        }
        Set<String> expected = new HashSet<>();
        IntStream.rangeClosed(1, 10).forEach(n -> expected.add("✅ Yes (" + n + ")"));
        assertEquals(expected, counts, "clicks take turns: every answer shows one more than the one before");
        assertEquals(10, DiscordRows.rsvps(posted.messageId()).size());

        Member eve = member("eve");
        List<String> answers = List.of("yes", "maybe", "no", "maybe");
        List<Callable<Reply>> hers = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            String body = interactions.click(snowflake(), token(), posted.channelId(), posted.messageId(), eve, custom(posted, answers.get(i)));
            AppProcess app = i % 2 == 0 ? a : b;
            hers.add(() -> interactions.send(app, body));
        }
        List<Reply> replies = race(hers);
        List<String> rows = DiscordRows.rsvps(posted.messageId()).stream().filter(r -> r.startsWith(eve.id() + ":")).toList();
        assertTrue(rows.size() <= 1, "one answer per user: " + rows);
        String finalState = rows.isEmpty() ? "none" : rows.get(0).split(":")[1];
        long showingIt = replies.stream().map(r -> eveIn(fields(update(r)))).filter(finalState::equals).count();
        assertTrue(showingIt >= 1, "the last click's answer shows what stayed: " + finalState);
    }

    @Test
    void aClickOnAMessageThatIsNoLongerAnAnnouncementIsAnsweredPolitely() {
        Posted posted = announce("Gone");
        Member frank = member("frank");
        assertEquals(List.of("✅ Yes (1): frank", "❓ Maybe (0): —", "❌ No (0): —"), fields(clicked(a, posted, frank, "yes")));
        DiscordRows.deleteOccurrence(posted.messageId());
        String closed = "This announcement no longer takes answers. Thanks for clicking anyway!";
        Reply late = interactions.send(b, interactions.click(snowflake(), token(), posted.channelId(), posted.messageId(), frank,
                custom(posted, "no")));
        assertEquals(200, late.status(), late.body());
        assertEquals(ephemeral(closed), late.json());

        Posted other = announce("Other");
        Reply wrongEvent = interactions.send(a, interactions.click(snowflake(), token(), other.channelId(), other.messageId(), frank,
                "rsvp:" + (other.eventId() + 1000) + ":yes"));
        assertEquals(ephemeral(closed), wrongEvent.json(), "a button of another announcement");
        Reply unknownMessage = interactions.send(a, interactions.click(snowflake(), token(), other.channelId(), snowflake(), frank,
                custom(other, "yes")));
        assertEquals(ephemeral(closed), unknownMessage.json());
        Reply foreignButton = interactions.send(b, interactions.click(snowflake(), token(), other.channelId(), other.messageId(), frank,
                "poll:1:yes"));
        assertEquals(ephemeral("Sorry, that button is not one of mine."), foreignButton.json());
        assertEquals(List.of(), DiscordRows.rsvps(other.messageId()));
    }

    @Test
    void aSlowClickIsDeferredAndFinishedByEditingTheMessageThroughTheWebhook() throws Exception {
        Posted posted = announce("Slow");
        Member grace = member("grace");
        String token = token();
        String body = interactions.click(snowflake(), token, posted.channelId(), posted.messageId(), grace, custom(posted, "maybe"));
        Reply deferred;
        try (AutoCloseable held = DiscordRows.lock("SELECT id FROM discord_occurrence WHERE discord_message_id = ? FOR UPDATE",
                posted.messageId())) {
            long started = System.nanoTime();
            deferred = interactions.send(a, body);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 3000, "answered within Discord's 3 s: " + millis + " ms");
            assertEquals("{\"type\":6}", deferred.body());
            Await.quietFor(Duration.ofMillis(500)); // an edit sent before the click is recorded would be here by now
            assertEquals(List.of(), bot.webhookCalls(token), "nothing before the click is recorded");
        }
        Await.until(() -> bot.webhookCalls(token).size() == 1, Duration.ofSeconds(20), "the edit of the clicked message");
        WebhookCall edit = bot.webhookCalls(token).get(0);
        assertEquals("edit", edit.kind());
        assertEquals(APP_ID, edit.applicationId());
        assertNull(edit.authorization(), "an interaction's webhook takes no bot token");
        assertEquals(List.of("✅ Yes (0): —", "❓ Maybe (1): grace", "❌ No (0): —"), fields(edit.body()));
        assertEquals(3, customIds(edit.body().getJsonArray("components").getValuesAs(JsonObject.class)).size());
        assertEquals(List.of(grace.id() + ":maybe:grace"), DiscordRows.rsvps(posted.messageId()));
    }

    @Test
    void aDeferredClickWhoseMessageDiscordDeletedMeanwhileIsRecordedAndTheFailedEditOnlyLogged() throws Exception {
        Posted posted = announce("Deleted");
        Member heidi = member("heidi");
        String token = token();
        String editRoute = "PATCH /v10/webhooks/" + APP_ID + "/" + token + "/messages/@original";
        bot.breakRoute(editRoute, 404);
        try (AutoCloseable held = DiscordRows.lock("SELECT id FROM discord_occurrence WHERE discord_message_id = ? FOR UPDATE",
                posted.messageId())) {
            Reply deferred = interactions.send(b, interactions.click(snowflake(), token, posted.channelId(), posted.messageId(), heidi,
                    custom(posted, "yes")));
            assertEquals("{\"type\":6}", deferred.body());
        }
        Await.until(() -> bot.calls(editRoute).size() == 1, Duration.ofSeconds(20), "the attempted edit");
        Await.quietFor(Duration.ofMillis(1500)); // longer than the first retry pause (1 s) the edit would take
        assertEquals(1, bot.calls(editRoute).size(), "Discord's 404 is final: not retried");
        assertEquals(List.of(heidi.id() + ":yes:heidi"), DiscordRows.rsvps(posted.messageId()));
        Await.until(() -> logged(b, "did not reach Discord: HTTP 404"), Duration.ofSeconds(10), "the failure in the log");
    }

    @Test
    void aSlowEventIsDeferredAndItsAnswerReplacesTheThinking() throws Exception {
        Member staff = member("slowstaff");
        DiscordRows.member(staff.id(), true, false, true);
        String channel = snowflake();
        String token = token();
        try (AutoCloseable held = DiscordRows.lock("SELECT id FROM users WHERE discord_id = ? FOR UPDATE", staff.id())) {
            Reply deferred = interactions.send(a, interactions.command(snowflake(), token, channel, staff, "event",
                    options("Late night", "Patience")));
            assertEquals("{\"type\":5,\"data\":{\"flags\":64}}", deferred.body());
        }
        Await.until(() -> bot.webhookCalls(token).size() == 1, Duration.ofSeconds(20), "the edit of the deferred answer");
        WebhookCall edit = bot.webhookCalls(token).get(0);
        assertEquals("edit", edit.kind());
        assertEquals(DiscordJson.parse("{\"content\": \"Scheduled **Late night** for <#" + channel
                + ">: it is posted here within a minute, with RSVP buttons.\"}"), edit.body());
        assertEquals(1, DiscordRows.templates(channel).size());
    }

    @Test
    void staleTimestampsAreRefusedLikeABadSignature() {
        String body = interactions.command(snowflake(), token(), snowflake(), member("ivan"), "roles", "[]");
        for (Instant stale : List.of(Instant.now().minus(Duration.ofSeconds(330)), Instant.now().plus(Duration.ofSeconds(330)),
                Instant.now().minus(Duration.ofDays(1)))) {
            Reply refused = interactions.send(a, body, stale);
            assertEquals(401, refused.status(), stale.toString());
            assertEquals("{\"error\":\"Invalid signature\"}", refused.body());
        }
        assertEquals(200, interactions.send(b, body, Instant.now().minus(Duration.ofSeconds(240))).status(), "4 minutes: still fine");
    }

    @Test
    void interactionTokensNeverReachTheLogs() throws Exception {
        Posted posted = announce("Secret");
        String token = token();
        bot.fail("PATCH /v10/webhooks/" + APP_ID + "/" + token + "/messages/@original", DiscordFault.status(502));
        try (AutoCloseable held = DiscordRows.lock("SELECT id FROM discord_occurrence WHERE discord_message_id = ? FOR UPDATE",
                posted.messageId())) {
            interactions.send(a, interactions.click(snowflake(), token, posted.channelId(), posted.messageId(), member("judy"),
                    custom(posted, "yes")));
        }
        Await.until(() -> bot.webhookCalls(token).size() == 1, Duration.ofSeconds(20), "the edit after one retry");
        assertTrue(logged(a, "/webhooks/" + APP_ID + "/{token}"), "the retried route is logged, its token left out");
        for (AppProcess app : List.of(a, b)) {
            assertFalse(app.logLines().stream().anyMatch(line -> line.contains("tok-")), "no interaction token in " + app.log());
            assertFalse(app.logLines().stream().anyMatch(line -> line.contains(BOT_TOKEN)), "no bot token in " + app.log());
        }
    }

    private static Posted announce(String title) {
        String channel = snowflake();
        String messageId = snowflake();
        bot.nextMessageIds(channel, messageId);
        long event = DiscordRows.event(DiscordRows.template(title + " " + channel, channel, true),
                Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS), false);
        DiscordJobsIT.runJob(a, "announcements");
        Await.until(() -> DiscordRows.occurrences(event).equals(List.of(messageId)), Duration.ofSeconds(30), "the posting");
        return new Posted(event, channel, messageId);
    }

    /** Clicks and returns the redrawn message, which must come at once. */
    private static JsonObject clicked(AppProcess app, Posted posted, Member member, String status) {
        return update(interactions.send(app, interactions.click(snowflake(), token(), posted.channelId(), posted.messageId(), member,
                custom(posted, status))));
    }

    private static JsonObject update(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals(7, reply.object().getInt("type"), "an immediate message update: " + reply.body());
        return reply.object().getJsonObject("data");
    }

    /** The embed's answer fields as {@code "<name>: <value>"}. */
    private static List<String> fields(JsonObject message) {
        return message.getJsonArray("embeds").getJsonObject(0).getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .map(f -> f.getString("name") + ": " + f.getString("value")).toList();
    }

    private static String eveIn(List<String> fields) {
        for (String field : fields) {
            if (field.matches(".*[:,] eve(,.*|$)")) {
                return field.contains("Yes") ? "yes" : field.contains("Maybe") ? "maybe" : "no";
            }
        }
        return "none";
    }

    private static List<String> customIds(List<JsonObject> rows) {
        return rows.stream().flatMap(row -> row.getJsonArray("components").stream())
                .map(button -> button.asJsonObject().getString("custom_id")).toList();
    }

    private static List<Reply> race(List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (Callable<Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean logged(AppProcess app, String text) {
        try {
            return app.logLines().stream().anyMatch(line -> line.contains(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String syncCommands(AppProcess app) {
        return Await.until(() -> {
            Reply reply = app.api().post("/api/tests/discord/commands/sync/", null);
            assertEquals(200, reply.status(), reply.body());
            return reply.object();
        }, reply -> reply.getBoolean("ran"), Duration.ofSeconds(60), "the command registration on " + app.uri("/")).getString("outcome");
    }

    private static JsonValue ephemeral(String content) {
        return Json.createObjectBuilder().add("type", 4)
                .add("data", Json.createObjectBuilder().add("content", content).add("flags", 64)).build();
    }

    private static String options(String name, String description) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "name").add("type", 3).add("value", name))
                .add(Json.createObjectBuilder().add("name", "description").add("type", 3).add("value", description)).build().toString();
    }

    private static String custom(Posted posted, String status) {
        return "rsvp:" + posted.eventId() + ":" + status;
    }

    private static Member member(String name) {
        return new Member(snowflake(), name, null);
    }

    private static String token() {
        return "tok-" + snowflake() + "-aW50ZXJhY3Rpb24";
    }
}
