package gg.pickban.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Await;
import gg.pickban.testsupport.Browser;
import gg.pickban.testsupport.FakeDiscord.Profile;
import gg.pickban.testsupport.FakeDiscord;
import gg.pickban.testsupport.FakeDiscordBot.Message;
import gg.pickban.testsupport.FakeDiscordBot;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.RawHttp;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import gg.pickban.tournament.Fixtures;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff site in a real browser (headless Chromium through Selenium) against one instance on
 * PostgreSQL and Redis, wired to a fake Discord for both the login and the bot: who gets in, editing
 * users under the API's rules, scheduling an announcement that the scheduler posts, hero-draft
 * actions, the Steam page, the audit log, and a users table of 10,000 rows.
 */
class AdminSiteIT {

    static final String CLIENT_ID = "112233445566778899";
    static final String STAFF_DISCORD_ID = "702582402668560454";
    private static final String CLIENT_SECRET = "admin-secret-" + System.nanoTime();
    private static final String BOT_TOKEN = "admin-bot-" + System.nanoTime();
    private static final AtomicLong CHANNELS = new AtomicLong(System.currentTimeMillis() * 100_000 + 5_000_000);
    private static final String TRUSTED_ORIGIN = "https://frontend.example";
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static FakeDiscord discord;
    private static FakeDiscordBot bot;
    private static AppProcess app;

    @BeforeAll
    static void start() {
        assertTrue(Browser.available(), "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        discord = FakeDiscord.start(CLIENT_ID, CLIENT_SECRET);
        bot = discord.bot().acceptBotToken(BOT_TOKEN);
        Map<String, String> env = new LinkedHashMap<>(TestServices.productionEnv());
        env.put("PICKBAN_DISCORD_API_BASE", discord.apiBase());
        env.put("PICKBAN_DISCORD_CDN_BASE", discord.cdnBase());
        env.put("PICKBAN_DISCORD_CLIENT_ID", CLIENT_ID);
        env.put("PICKBAN_DISCORD_CLIENT_SECRET", CLIENT_SECRET);
        env.put("PICKBAN_DISCORD_BOT_TOKEN", BOT_TOKEN);
        env.put("PICKBAN_CSRF_TRUSTED_ORIGINS", TRUSTED_ORIGIN);
        app = AppProcess.start("admin-site", env);
    }

    /**
     * The Discord login here signs in the shared staff test account and stores this fake Discord's
     * tokens on it; other tests' instances talk to another Discord and would try those tokens there.
     */
    @AfterAll
    static void stop() {
        Fixtures.execute("UPDATE users SET discord_access_token = NULL, discord_refresh_token = NULL,"
                + " discord_token_expires_at = NULL WHERE discord_id = ?", STAFF_DISCORD_ID);
        if (app != null) {
            app.stop();
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void anonymousBrowsersLogInWithDiscordAndComeBackToThePageTheyAskedFor() throws Exception {
        Reply asked = app.api().get("/admin/users.xhtml?q=hurk_");
        assertEquals(302, asked.status());
        assertEquals("/login/discord/?next=%2Fadmin%2Fusers.xhtml%3Fq%3Dhurk_", asked.header("Location"));
        assertEquals("/login/discord/?next=%2Fadmin", app.api().get("/admin").header("Location"));

        Logins.staff(app);
        discord.signIn(new Profile(STAFF_DISCORD_ID, "hurk_", null, null));
        try (Browser browser = Browser.open(app)) {
            browser.go("/admin/users.xhtml?q=hurk_").waitForText("h1", "Users");
            assertEquals("/admin/users.xhtml?q=hurk_", browser.path(), "back on the page asked for, logged in");
            browser.waitForText("[id='list:table_data']", "hurk_");
        }

        assertEquals("/done", loginLandsOn("/login/discord/?next=https%3A%2F%2Fevil.example%2Fadmin%2F"),
                "another site is no return path");
        assertEquals("/done", loginLandsOn("/login/discord/?next=%2Fapi%2Fusers%2F"), "nor is a page outside the staff site");
        assertEquals("/admin/audit.xhtml?type=user", loginLandsOn("/login/discord/?next=%2Fadmin%2Faudit.xhtml%3Ftype%3Duser"));
    }

    /** Follows the Discord login by hand from {@code start} (a browser on the site, the fake approving) to where it lands. */
    private static String loginLandsOn(String start) throws Exception {
        Api browser = app.api();
        String authorize = browser.get(start).header("Location");
        assertTrue(authorize.startsWith(discord.apiBase()), authorize);
        HttpResponse<String> approved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(approved.headers().firstValue("Location").orElseThrow());
        Reply landed = browser.get(callback.getRawPath() + "?" + callback.getRawQuery());
        assertEquals(302, landed.status(), landed.body());
        return landed.header("Location");
    }

    @Test
    void usersWhoAreNotStaffGetAForbiddenPage() {
        Api user = Logins.user(app);
        Reply refused = user.get("/admin/users.xhtml");
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("Staff only"), refused.body());
        assertEquals(403, user.send("POST", "/admin/users.xhtml", "list=list", "application/x-www-form-urlencoded").status());
        try (Browser browser = Browser.open(app).loggedInAs(user)) {
            browser.go("/admin/");
            browser.waitForText("h1", "Staff only");
            assertTrue(browser.pageText().contains("bucketoffish55"), browser.pageText());
        }
    }

    @Test
    void staffEditUsersUnderTheApisRulesAndTheApiShowsTheChange() {
        Api staff = Logins.staff(app);
        String name = TestData.unique("edited");
        long pk = TestData.insertUser(name, null, null, null, 1000, Instant.now());
        try (Browser browser = Browser.open(app).loggedInAs(staff)) {
            browser.go("/admin/users.xhtml").type(id("list:search"), name).waitForText(id("list:table_data"), name);
            assertEquals(1, browser.all(id("list:table_data") + " tr").size(), "the search found that user alone");
            browser.screenshot("admin-users");
            browser.click("a.user-link").waitForText("h1", "User " + name);
            browser.type(id("form:mmr"), "4321").type(id("form:nickname"), "Edited Nick").click(id("form:save"))
                    .waitForText(".ui-growl", "Saved " + name);
            browser.screenshot("admin-user-edit");

            JsonObject shown = staff.get("/api/users/" + pk + "/").object();
            assertEquals(4321, shown.getInt("mmr"));
            assertEquals("Edited Nick", shown.getString("nickname"));

            browser.type(id("form:username"), "not valid").type(id("form:mmr"), "12").click(id("form:save"))
                    .waitForText(id("form") + " .ui-message-error", "Enter a valid username.");
            assertEquals(name, staff.get("/api/users/" + pk + "/").object().getString("username"), "nothing saved");
            assertEquals(4321, staff.get("/api/users/" + pk + "/").object().getInt("mmr"), "not even the valid field");

            browser.go("/admin/audit.xhtml?type=user&object=" + pk).waitForText(id("list:table_data"), "mmr: 1000 → 4321");
            String audit = browser.text(id("list:table_data"));
            assertTrue(audit.contains("hurk_") && audit.contains("nickname: (empty) → \"Edited Nick\""), audit);
            browser.screenshot("admin-audit");
        }
    }

    @Test
    void superuserControlsAreHiddenFromStaffAndTheirChangesRefused() {
        Api staff = Logins.staff(app);
        long superuser = TestData.insertUser(TestData.unique("boss"), null, null, null, 5000, Instant.now());
        AdminRows.roles(superuser, true, true);
        long colleague = TestData.insertUser(TestData.unique("colleague"), null, null, null, 3000, Instant.now());
        AdminRows.roles(colleague, true, false);
        long player = TestData.insertUser(TestData.unique("player"), null, null, null, 2000, Instant.now());
        try (Browser browser = Browser.open(app).loggedInAs(staff)) {
            browser.go("/admin/user.xhtml?id=" + superuser).find(id("form:save"));
            assertTrue(browser.all(id("form:superuser")).isEmpty(), "no superuser flag for staff");
            assertTrue(browser.all(id("form:delete")).isEmpty(), "no delete for staff");
            browser.type(id("form:email"), "taken@example.com").click(id("form:save"))
                    .waitForText(".ui-growl", "Only a superuser can change a superuser's email.");
            assertEquals("", staff.get("/api/users/" + superuser + "/").object().getString("email"));

            browser.go("/admin/user.xhtml?id=" + colleague).find(id("form:save"));
            assertTrue(browser.all(id("form:delete")).isEmpty(), "staff do not delete staff");

            browser.go("/admin/user.xhtml?id=" + player).click(id("form:delete")).confirm().waitForText("This user was deleted.");
            assertEquals(404, staff.get("/api/users/" + player + "/").status());
            assertEquals(1, AdminRows.auditRecords("user", Long.toString(player), "delete"));
        }
        try (Browser browser = Browser.open(app).loggedInAs(Logins.superuser(app))) {
            browser.go("/admin/user.xhtml?id=" + colleague).click(id("form:superuser") + " .ui-chkbox-box")
                    .click(id("form:save")).waitForText(".ui-growl", "Saved");
            assertTrue(staff.get("/api/users/" + colleague + "/").object().getBoolean("is_superuser"));
        }
    }

    @Test
    void anAnnouncementScheduledOnTheStaffSiteIsPostedByTheScheduler() {
        Api staff = Logins.staff(app);
        String channel = Long.toString(CHANNELS.incrementAndGet());
        String title = TestData.unique("Inhouse night");
        try (Browser browser = Browser.open(app).loggedInAs(staff)) {
            browser.go("/admin/template.xhtml").type(id("form:channel"), "general").click(id("form:save"));
            browser.waitForText(id("form"), "Give the template a name.");
            assertTrue(browser.pageText().contains("A Discord channel id: 17 to 20 digits."), browser.pageText());

            browser.type(id("form:name"), title).type(id("form:title"), title).type(id("form:description"), "Bring snacks")
                    .type(id("form:channel"), channel).click(id("form:save"));
            browser.waitForText("h1", "Event template");
            assertTrue(browser.path().startsWith("/admin/template.xhtml?id="), browser.path());
            long template = Long.parseLong(browser.path().replaceAll(".*id=", ""));

            browser.go("/admin/event.xhtml");
            browser.select("form:template", title);
            browser.type(id("form:postAt_input"), PICKER.format(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1)))
                    .click("h1").click(id("form:save")).waitForText("h1", "Scheduled event");
            long once = Long.parseLong(browser.path().replaceAll(".*id=", ""));
            browser.screenshot("admin-event");

            runAnnouncements();
            Message posted = postingTo(channel, title, 1).get(0);
            assertEquals("Bring snacks", posted.body().getJsonArray("embeds").getJsonObject(0).getString("description"));
            assertEquals(1, AdminRows.occurrences(once).size());

            long occurrence = AdminRows.occurrences(once).get(0);
            AdminRows.rsvp(occurrence, "9100000000000000001", "alice", "yes");
            AdminRows.rsvp(occurrence, "9100000000000000002", "bob", "maybe");
            browser.go("/admin/occurrences.xhtml?event=" + once).waitForText(id("list:table_data"), title);
            String counts = browser.text(id("list:table_data"));
            assertTrue(counts.matches("(?s).*\\b1\\s+1\\s+0\\b.*"), "yes 1, maybe 1, no 0: " + counts);
            browser.go("/admin/occurrence.xhtml?id=" + occurrence).waitForText("#rsvp-yes", "alice");
            assertTrue(browser.text("#rsvp-maybe").contains("bob"));
            assertTrue(browser.text("#rsvp-no").contains("No (0)"));

            browser.go("/admin/event.xhtml");
            browser.select("form:template", title);
            browser.click(id("form:weekly") + " .ui-chkbox-box")
                    .type(id("form:postAt_input"), PICKER.format(LocalDateTime.now(ZoneOffset.UTC).plusDays(2)))
                    .click("h1").click(id("form:save")).waitForText("h1", "Scheduled event");
            long weekly = Long.parseLong(browser.path().replaceAll(".*id=", ""));
            String slot = AdminRows.nextPostAt(weekly);
            browser.click(id("form:postNow")).confirm().find(".ui-growl-message");
            postingTo(channel, title, 2);
            assertEquals(slot, AdminRows.nextPostAt(weekly), "posting now leaves the weekly schedule as it was");

            browser.go("/admin/template.xhtml?id=" + template).click(id("form:retire")).confirm()
                    .waitForText(".ui-growl", "Retired");
            browser.go("/admin/event.xhtml?id=" + weekly).waitForText("#status", "inactive");
            assertEquals(1, AdminRows.auditRecords("scheduled_event", Long.toString(weekly), "deactivate"));
        }
    }

    @Test
    void staffResetAHeroDraftAndTimeOutItsRound() {
        long draft = HeroDrafting.drafting(app);
        Api staff = Logins.staff(app);
        try (Browser browser = Browser.open(app).loggedInAs(staff)) {
            browser.go("/admin/herodrafts.xhtml").type(id("list:search"), Long.toString(draft))
                    .waitForText(id("list:table_data"), "drafting");
            browser.go("/admin/herodraft.xhtml?id=" + draft).waitForText("#state", "drafting");
            browser.click(id("draft:timeout")).confirm().waitForText(".ui-growl", "Timed out");
            assertTrue(browser.text(id("draft:events")).contains("round_timeout"), browser.text(id("draft:events")));
            browser.click(id("draft:reset")).confirm().waitForText("#state", "waiting_for_captains");
            browser.screenshot("admin-herodraft");
        }
        assertEquals("waiting_for_captains", staff.get("/api/herodraft/" + draft + "/").object().getString("state"));
        assertEquals(1, AdminRows.auditRecords("hero_draft", Long.toString(draft), "reset"));
        assertEquals(1, AdminRows.auditRecords("hero_draft", Long.toString(draft), "force_timeout"));
    }

    @Test
    void theSteamPageShowsTheSyncStateAndRecomputesLeagueStats() {
        try (Browser browser = Browser.open(app).loggedInAs(Logins.staff(app))) {
            browser.go("/admin/steam.xhtml").waitForText("#league", "17929");
            assertTrue(browser.pageText().contains("not set: syncs fail at once"), browser.pageText());
            browser.click(id("steam:recompute")).waitForText(".ui-growl", "Recomputed the stats");
        }
        assertTrue(AdminRows.auditRecords("steam_league", "17929", "recompute_stats") >= 1);
    }

    @Test
    void tenThousandUsersArePagedSortedAndSearchedInSql() {
        String prefix = TestData.unique("bulk");
        AdminRows.bulkUsers(prefix, 10_000);
        try (Browser browser = Browser.open(app).loggedInAs(Logins.staff(app))) {
            long started = System.nanoTime();
            browser.go("/admin/users.xhtml").find(id("list:table_data"));
            long pageMillis = (System.nanoTime() - started) / 1_000_000;
            String report = browser.text(id("list:table") + " .ui-paginator-current");
            long total = Long.parseLong(report.replaceAll(".* of ", "").replaceAll("[^0-9]", ""));
            assertTrue(total >= 10_000, report);
            assertEquals(25, browser.all(id("list:table_data") + " tr").size());

            started = System.nanoTime();
            browser.click(id("list:table") + " th[id='list:table:mmr']").settle();
            browser.click(id("list:table") + " th[id='list:table:mmr']").settle();
            long sortMillis = (System.nanoTime() - started) / 1_000_000;
            browser.screenshot("admin-users-10000");
            String firstMmr = browser.text(id("list:table_data") + " tr:first-child td:nth-child(3)");
            assertTrue(firstMmr.contains("9999") || Integer.parseInt(firstMmr.replaceAll("[^0-9]", "")) >= 9990, firstMmr);

            started = System.nanoTime();
            browser.type(id("list:search"), prefix + "_7777")
                    .waitUntil(() -> browser.text(id("list:table") + " .ui-paginator-current").endsWith(" of 1"));
            long searchMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(browser.text(id("list:table_data")).contains(prefix + "_7777"));

            browser.size(390, 844).go("/admin/users.xhtml").find(id("list:table_data"));
            browser.screenshot("admin-users-phone");
            System.out.printf("10,000 users: first page %d ms, sorted by MMR (two clicks) %d ms, search %d ms (incl. 400 ms typing delay)%n",
                    pageMillis, sortMillis, searchMillis);
            assertTrue(pageMillis < 5000 && sortMillis < 5000 && searchMillis < 5000,
                    pageMillis + " / " + sortMillis + " / " + searchMillis + " ms");
        }
    }

    @Test
    void behindTheProxyFormsFromTheSitesOwnOriginOrATrustedOneAreTakenAndOthersRefused() {
        Api staff = Logins.staff(app);
        long pk = TestData.insertUser(TestData.unique("proxied"), null, null, null, 1000, Instant.now());
        Map<String, String> proxy = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "league.example",
                "X-Forwarded-For", "203.0.113.9");
        assertEquals(403, ProxiedForm.saveMmr(app, staff, pk, 1111, proxy, "https://evil.example").status());
        assertEquals(403, ProxiedForm.saveMmr(app, staff, pk, 1111, proxy, "http://league.example").status(), "the scheme counts");
        assertEquals(403, ProxiedForm.saveMmr(app, staff, pk, 1111, proxy, "null").status());
        assertEquals(1000, staff.get("/api/users/" + pk + "/").object().getInt("mmr"), "nothing refused was saved");

        RawHttp.Answer own = ProxiedForm.saveMmr(app, staff, pk, 2222, proxy, "https://league.example");
        assertEquals(200, own.status(), own.body());
        assertEquals(2222, staff.get("/api/users/" + pk + "/").object().getInt("mmr"));
        assertEquals(200, ProxiedForm.saveMmr(app, staff, pk, 3333, proxy, TRUSTED_ORIGIN).status());
        assertEquals(3333, staff.get("/api/users/" + pk + "/").object().getInt("mmr"));
        assertEquals(200, ProxiedForm.saveMmr(app, staff, pk, 4444, proxy, null).status(), "no Origin: the view state alone");
        assertEquals(4444, staff.get("/api/users/" + pk + "/").object().getInt("mmr"));
        assertTrue(staff.get("/api/users/" + pk + "/").object().getBoolean("is_active"), "the rest of the form as it was");

        RawHttp.Answer anonymous = RawHttp.send(app, "GET", "/admin/user.xhtml?id=" + pk, proxy, null);
        assertEquals(List.of("/login/discord/?next=%2Fadmin%2Fuser.xhtml%3Fid%3D" + pk), anonymous.header("location"),
                "relative, so the browser stays on the proxy's https origin");
    }

    @Test
    void junkSentToTheStaffPagesIsNeverAServerError() throws Exception {
        AdminHostileInput.sweep(app, Logins.staff(app), Logins.user(app));
    }

    private static void runAnnouncements() {
        Reply ran = app.api().post("/api/tests/jobs/announcements/run/", null);
        assertEquals(200, ran.status(), ran.body());
    }

    /** Waits until the fake bot has {@code count} postings with that title in that channel (the timer may post them too). */
    private static List<Message> postingTo(String channel, String title, int count) {
        List<Message> found = Await.until(() -> {
            List<Message> posted = bot.messages().stream().filter(m -> m.channelId().equals(channel) && m.title().equals(title))
                    .toList();
            if (posted.size() < count) {
                runAnnouncements();
            }
            return posted;
        }, posted -> posted.size() >= count, Duration.ofSeconds(90), count + " postings of " + title + " in " + channel);
        assertEquals(count, found.size(), "posted once each: " + found);
        return found;
    }

    /** A CSS selector for a Faces client id (which contains colons). */
    static String id(String clientId) {
        return "[id='" + clientId + "']";
    }
}
