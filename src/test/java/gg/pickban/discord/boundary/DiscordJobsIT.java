package gg.pickban.discord.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.discord.boundary.DiscordRows.Event;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Await;
import gg.pickban.testsupport.DiscordFault;
import gg.pickban.testsupport.FakeDiscord;
import gg.pickban.testsupport.FakeDiscordBot;
import gg.pickban.testsupport.FakeDiscordBot.Call;
import gg.pickban.testsupport.FakeDiscordBot.Message;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.TestServices;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Discord's jobs (docs/rules.md §8.1, §8.4) on two instances sharing PostgreSQL and Redis, against a
 * fake Discord that can rate-limit, fail and stall. Job bodies are started through the test-only
 * trigger, which takes the same path (gating, cluster lock) as the timers — and the timers keep
 * firing meanwhile, so every assertion holds whoever ran the job.
 */
class DiscordJobsIT {

    private static final String BOT_TOKEN = "fake-bot-token-" + System.nanoTime();
    private static final AtomicLong DISCORD_IDS = new AtomicLong((System.currentTimeMillis() << 22) + 7_000_000);
    private static final AtomicLong CHANNELS = new AtomicLong(System.currentTimeMillis() * 1000);

    private static FakeDiscord discord;
    private static FakeDiscordBot bot;
    private static AppProcess a;
    private static AppProcess b;

    @BeforeAll
    static void start() {
        discord = FakeDiscord.start("jobs-client", "jobs-secret");
        bot = discord.bot().acceptBotToken(BOT_TOKEN);
        Map<String, String> env = DiscordInstances.env(discord, BOT_TOKEN, null);
        List<AppProcess> apps = AppProcess.startTogether(Map.entry("discord-jobs-a", env), Map.entry("discord-jobs-b", env));
        a = apps.get(0);
        b = apps.get(1);
    }

    @AfterAll
    static void stop() {
        DiscordInstances.stop(b, a);
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void theBatchWalksRoundEveryUserInsteadOfTheFirstFifty() {
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            String id = discordId();
            bot.user(id, "hash" + i);
            users.add(DiscordRows.userWithDiscord(id, "hash" + i));
        }
        long candidates = DiscordRows.batchCandidates();
        long lap = (candidates + 49) / 50;
        int runs = 0;
        while (users.stream().anyMatch(u -> DiscordRows.avatarCheckedAt(u) == null)) {
            assertTrue(runs < lap, "after " + runs + " batches of 50 some of " + candidates + " candidates are still unchecked");
            assertEquals(50, runJob(runs % 2 == 0 ? a : b, "avatar-batch").getInt("checked"));
            runs++;
        }
        for (int i = 0; i < users.size(); i++) {
            assertEquals("hash" + i, DiscordRows.avatar(users.get(i)), "the CDN still serves it: kept");
        }
    }

    @Test
    void theRefreshGetsEveryAvatarThroughRateLimitsServerErrorsAndTimeouts() {
        String broken = discordId();
        long brokenUser = DiscordRows.userWithDiscord(broken, null);
        bot.user(broken, "fresh-broken");
        bot.breakRoute("GET /v10/users/" + broken, 500);
        List<String> ids = IntStream.range(0, 4).mapToObj(i -> discordId()).toList();
        List<Long> users = ids.stream().map(id -> DiscordRows.userWithDiscord(id, null)).toList();
        for (int i = 0; i < ids.size(); i++) {
            bot.user(ids.get(i), "fresh" + i);
        }
        bot.fail(route(ids.get(0)), DiscordFault.rateLimited(1.5));
        bot.fail(route(ids.get(1)), DiscordFault.status(502), DiscordFault.status(503));
        bot.fail(route(ids.get(2)), DiscordFault.stall(Duration.ofSeconds(11)));
        bot.fail(route(ids.get(3)), DiscordFault.globallyRateLimited(0.8));

        JsonObject summary = runJob(a, "avatar-full");

        for (int i = 0; i < ids.size(); i++) {
            assertEquals("fresh" + i, DiscordRows.avatar(users.get(i)), "user " + i);
        }
        assertTrue(summary.getInt("failed") >= 1, summary.toString());
        assertTrue(summary.getJsonArray("errors").toString().contains("user " + brokenUser + ": HTTP 500"), summary.toString());
        assertNull(DiscordRows.avatar(brokenUser), "a failed check changes nothing");
        assertEquals(3, bot.calls(route(broken)).size(), "bounded: three attempts");

        assertRetriedAfter(route(ids.get(0)), 429, Duration.ofMillis(1500));
        assertRetriedAfter(route(ids.get(1)), 502, Duration.ofSeconds(1));
        assertRetriedAfter(route(ids.get(1)), 503, Duration.ofSeconds(2));
        assertRetriedAfter(route(ids.get(3)), 429, Duration.ofMillis(800));
        assertTrue(bot.calls(route(ids.get(2))).size() >= 2, "the stalled call was given up and retried");

        bot.repair(route(broken));
        runJob(b, "avatar-full");
        assertEquals("fresh-broken", DiscordRows.avatar(brokenUser), "nothing lost: the next run catches up");
    }

    @Test
    void aRefreshRequestStartsInTheBackgroundAtMostOncePerHourAcrossInstances() {
        try (var redis = TestServices.redis()) {
            redis.del("pickban:discord:avatar-refresh-slot");
        }
        String slow = discordId();
        long slowUser = DiscordRows.userWithDiscord(slow, null);
        bot.user(slow, "after-the-answer");
        bot.fail(route(slow), DiscordFault.stall(Duration.ofSeconds(3)));

        long started = System.nanoTime();
        Reply first = Logins.anonymous(a).post("/api/avatars/refresh/", null);
        long answeredMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, first.status(), first.body());
        assertEquals("{\"message\":\"Avatar refresh started.\"}", first.body());
        assertTrue(answeredMillis < 2500, "answered at once, not after the refresh: " + answeredMillis + " ms");

        Reply onB = Logins.user(b).post("/api/avatars/refresh", null);
        assertEquals(200, onB.status(), onB.body());
        assertEquals("{\"message\":\"Avatar refresh can only be run once per hour.\"}", onB.body());
        assertEquals("{\"message\":\"Avatar refresh can only be run once per hour.\"}",
                Logins.anonymous(a).post("/api/avatars/refresh/", null).body());
        try (var redis = TestServices.redis()) {
            long ttl = redis.pttl("pickban:discord:avatar-refresh-slot");
            assertTrue(ttl > 3_500_000 && ttl <= 3_600_000, "the slot frees itself after an hour: " + ttl);
        }

        Await.until(() -> "after-the-answer".equals(DiscordRows.avatar(slowUser)), Duration.ofSeconds(60), "background refresh");
        awaitQuiet();
    }

    @Test
    void dueAnnouncementsArePostedOnceWithButtonsAndWeeklyOnesMoveOn() {
        Instant fiveMinutesAgo = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        String oneOffChannel = channel();
        String weeklyChannel = channel();
        String laterChannel = channel();
        bot.nextMessageIds(oneOffChannel, "999888777");
        long oneOff = DiscordRows.event(DiscordRows.template("Inhouse " + oneOffChannel, oneOffChannel, true), fiveMinutesAgo, false);
        long weekly = DiscordRows.event(DiscordRows.template("Weekly " + weeklyChannel, weeklyChannel, false), fiveMinutesAgo, true);
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        long later = DiscordRows.event(DiscordRows.template("Later " + laterChannel, laterChannel, true), inAnHour, false);

        runJob(a, "announcements");

        Event posted = DiscordRows.event(oneOff);
        assertFalse(posted.active());
        assertEquals("999888777", posted.messageId());
        assertEquals(List.of("999888777"), DiscordRows.occurrences(oneOff));
        Message message = only(oneOffChannel);
        assertEquals("999888777", message.id());
        assertEquals(DiscordJson.parse("""
                {"title": "Inhouse %s", "description": "About Inhouse %s", "color": 5793266,
                 "fields": [{"name": "✅ Yes (0)", "value": "—", "inline": true},
                            {"name": "❓ Maybe (0)", "value": "—", "inline": true},
                            {"name": "❌ No (0)", "value": "—", "inline": true}],
                 "footer": {"text": "Answer with a button below; click your answer again to take it back."}}"""
                .formatted(oneOffChannel, oneOffChannel)), message.body().getJsonArray("embeds").getJsonObject(0));
        assertEquals(List.of("rsvp:" + oneOff + ":yes", "rsvp:" + oneOff + ":maybe", "rsvp:" + oneOff + ":no"), buttons(message));

        Event moved = DiscordRows.event(weekly);
        assertTrue(moved.active());
        assertEquals(fiveMinutesAgo.plus(Duration.ofDays(7)), moved.nextPostAt());
        assertEquals(List.of(only(weeklyChannel).id()), DiscordRows.occurrences(weekly));
        assertEquals(DiscordJson.parse("""
                {"title": "Weekly %s", "description": "About Weekly %s", "color": 5793266}""".formatted(weeklyChannel, weeklyChannel)),
                only(weeklyChannel).body().getJsonArray("embeds").getJsonObject(0), "no RSVP: the embed alone");
        assertEquals(List.of(), buttons(only(weeklyChannel)));
        assertNoReactions();

        runJob(b, "announcements");
        assertEquals(1, posts(oneOffChannel).size(), "posted once, whoever runs next");
        assertEquals(1, posts(weeklyChannel).size());
        assertEquals(List.of(), posts(laterChannel), "due in an hour: not yet");
        Event waiting = DiscordRows.event(later);
        assertTrue(waiting.active());
        assertEquals(inAnHour, waiting.nextPostAt());
    }

    @Test
    void missedWeeksArePostedOnceAndSkipped() {
        Instant fifteenDaysAgo = Instant.now().minus(Duration.ofDays(15)).truncatedTo(ChronoUnit.SECONDS);
        String channel = channel();
        long weekly = DiscordRows.event(DiscordRows.template("Missed " + channel, channel, false), fifteenDaysAgo, true);
        runJob(b, "announcements");
        runJob(a, "announcements");
        assertEquals(1, posts(channel).size());
        assertEquals(fifteenDaysAgo.plus(Duration.ofDays(21)), DiscordRows.event(weekly).nextPostAt());
    }

    @Test
    void twoInstancesHammeringTheSchedulerNeverPostASlotTwice() throws Exception {
        Instant due = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        List<String> channels = IntStream.range(0, 6).mapToObj(i -> channel()).toList();
        List<Long> events = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            // slow Discord: posts take a while, so runs overlap and contend
            bot.fail("POST /v10/channels/" + channel + "/messages", DiscordFault.stall(Duration.ofMillis(700)));
            events.add(DiscordRows.event(DiscordRows.template("Race " + channel, channel, true), due.minus(Duration.ofDays(i)), i % 2 == 0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> triggers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                AppProcess app = i % 2 == 0 ? a : b;
                triggers.add(pool.submit(() -> app.api().post("/api/tests/jobs/announcements/run/", null)));
            }
            for (Future<?> trigger : triggers) {
                trigger.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        runJob(a, "announcements");
        for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            assertEquals(1, bot.calls("POST /v10/channels/" + channel + "/messages").size(), "one posting request for " + channel);
            List<String> occurrences = DiscordRows.occurrences(events.get(i));
            assertEquals(1, occurrences.size(), channel);
            assertEquals(occurrences.get(0), only(channel).id());
            assertEquals(3, buttons(only(channel)).size());
            assertNull(DiscordRows.event(events.get(i)).claimedUntil(), "no claim left behind");
        }
    }

    @Test
    void aFailedPostLeavesTheEventDueAndTheNextRunPostsIt() {
        Instant due = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        String channel = channel();
        String postRoute = "POST /v10/channels/" + channel + "/messages";
        bot.breakRoute(postRoute, 503);
        long event = DiscordRows.event(DiscordRows.template("Retry " + channel, channel, true), due, true);

        JsonObject failed = runJob(a, "announcements");
        assertTrue(failed.getInt("failed") >= 1, failed.toString());
        Event unchanged = DiscordRows.event(event);
        assertTrue(unchanged.active());
        assertEquals(due, unchanged.nextPostAt());
        assertNull(unchanged.messageId());
        assertNull(unchanged.claimedUntil(), "the slot was given back");
        assertEquals(List.of(), DiscordRows.occurrences(event));

        bot.repair(postRoute);
        bot.fail(postRoute, DiscordFault.rateLimited(1.2));
        bot.nextMessageIds(channel, "555000111");
        runJob(b, "announcements");
        assertEquals(List.of("555000111"), DiscordRows.occurrences(event));
        assertEquals(due.plus(Duration.ofDays(7)), DiscordRows.event(event).nextPostAt());
        assertEquals(List.of("rsvp:" + event + ":yes", "rsvp:" + event + ":maybe", "rsvp:" + event + ":no"), buttons(only(channel)));
        assertRetriedAfter(postRoute, 429, Duration.ofMillis(1200));
    }

    @Test
    void theMinuteTimerPostsDueAnnouncementsUnprompted() {
        String channel = channel();
        long event = DiscordRows.event(DiscordRows.template("Unprompted " + channel, channel, false),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), false);
        Await.until(() -> DiscordRows.occurrences(event).size() == 1, Duration.ofSeconds(90), "the 60 s timer posting it");
        assertEquals(1, posts(channel).size());
        assertFalse(DiscordRows.event(event).active());
    }

    @Test
    void livenessReportsEachJobsLastRun() {
        runJob(a, "announcements");
        Reply live = a.api().get("/health/live");
        assertEquals(200, live.status(), live.body());
        JsonObject check = live.object().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("discord-jobs")).findFirst().orElseThrow();
        assertEquals("UP", check.getString("status"));
        assertTrue(check.getJsonObject("data").getString("announcements").startsWith("ran at "), check.toString());
        assertTrue(check.getJsonObject("data").containsKey("avatar-batch"));
        assertTrue(check.getJsonObject("data").containsKey("avatar-full"));
    }

    /** Triggers the job on {@code app} until it runs there (another instance may hold it); @return its summary */
    static JsonObject runJob(AppProcess app, String job) {
        JsonObject ran = Await.until(() -> {
            Reply reply = app.api().post("/api/tests/jobs/" + job + "/run/", null);
            assertEquals(200, reply.status(), reply.body());
            return reply.object();
        }, reply -> reply.getBoolean("ran"), Duration.ofSeconds(120), job + " on " + app.uri("/"));
        return ran.getJsonObject("summary");
    }

    private static void assertRetriedAfter(String route, int status, Duration pause) {
        List<Call> calls = bot.calls(route);
        for (int i = 0; i + 1 < calls.size(); i++) {
            if (calls.get(i).status() == status) {
                Duration gap = Duration.between(calls.get(i).at(), calls.get(i + 1).at());
                assertTrue(gap.compareTo(pause) >= 0, route + ": retried after " + gap + ", asked to wait " + pause);
                return;
            }
        }
        throw new AssertionError(route + ": no HTTP " + status + " followed by a retry in " + calls);
    }

    private static List<Call> posts(String channel) {
        return bot.calls("POST /v10/channels/" + channel + "/messages");
    }

    private static Message only(String channel) {
        List<Message> messages = bot.messages().stream().filter(m -> m.channelId().equals(channel)).toList();
        assertEquals(1, messages.size(), "messages in " + channel);
        return messages.get(0);
    }

    /** The custom ids of the message's buttons, in order. */
    private static List<String> buttons(Message message) {
        return message.components().stream().flatMap(row -> row.getJsonArray("components").stream())
                .map(button -> button.asJsonObject().getString("custom_id")).toList();
    }

    /** RSVPs are buttons now: the bot never reacts to its own announcements. */
    private static void assertNoReactions() {
        assertEquals(List.of(), bot.calls().stream().filter(c -> c.path().contains("/reactions/")).toList());
    }

    private static String route(String discordId) {
        return "GET /v10/users/" + discordId;
    }

    private static String discordId() {
        return Long.toString(DISCORD_IDS.incrementAndGet());
    }

    private static String channel() {
        return Long.toString(CHANNELS.incrementAndGet());
    }

    /**
     * Until the fake has seen no request for two seconds: the background walk, which has no observable end, has
     * finished and cannot leak calls into the next test.
     */
    private static void awaitQuiet() {
        int seen = -1;
        while (seen != bot.calls().size()) {
            seen = bot.calls().size();
            Await.quietFor(Duration.ofSeconds(2));
        }
    }
}
