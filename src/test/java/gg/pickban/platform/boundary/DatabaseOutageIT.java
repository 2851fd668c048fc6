package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.herodraft.HeroDraftRows;
import gg.pickban.herodraft.HeroDraftWatch;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SocketLog;
import gg.pickban.testsupport.TcpProxy;
import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database going away under a running instance (issue 17): its pooled connections killed by
 * the server, the database down (connections closed and refused), the database unreachable
 * (connections closed, new ones never answered). One instance of its own talks to PostgreSQL
 * through a {@link TcpProxy}; its connections carry an application name of their own, so only they
 * are killed. Times are printed for the README's failure table.
 */
class DatabaseOutageIT {

    private static final String APPLICATION_NAME = "pickban-outage-it";
    /** How soon requests must succeed again once the database is usable. */
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    /** How soon a request must be refused while the database is down. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(2);
    /** The same while it is unreachable: the pool's 2 s login timeout, plus a little. */
    private static final Duration FAIL_UNREACHABLE = Duration.ofSeconds(3);

    private static TcpProxy proxy;
    private static AppProcess app;

    private int logMark;

    @BeforeAll
    static void startBehindProxy() {
        URI database = URI.create(TestServices.jdbcUrl().substring("jdbc:".length()));
        proxy = TcpProxy.to(database.getHost(), database.getPort());
        Map<String, String> env = new HashMap<>(TestServices.productionEnv());
        env.put("PICKBAN_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath()
                + "?ApplicationName=" + APPLICATION_NAME);
        app = AppProcess.start("db-outage", env);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @BeforeEach
    void markLog() {
        logMark = logLines().size();
    }

    @AfterEach
    void mend() {
        proxy.restore();
    }

    @Test
    void killedConnectionsAreReplacedAtOnce() throws SQLException {
        Api staff = Logins.staff(app).timeout(Duration.ofSeconds(20));
        long org = organization(staff, TestData.unique("killed"));
        for (int i = 0; i < 5; i++) {
            assertEquals(200, staff.get("/api/organizations/" + org + "/").status());
        }
        Set<Integer> killed = terminateAppConnections();
        assertFalse(killed.isEmpty(), "the instance held pooled connections");

        long killedAt = System.nanoTime();
        List<Reply> replies = new ArrayList<>();
        Reply read = untilOk(replies, () -> staff.get("/api/organizations/" + org + "/"));
        long readAfter = millisSince(killedAt);
        Reply write = untilOk(replies, () -> staff.patch("/api/organizations/" + org + "/", "{\"description\": \"after the kill\"}"));
        long writeAfter = millisSince(killedAt);
        System.out.printf("killed %d connections: read ok after %d ms, write ok after %d ms, replies %s%n",
                killed.size(), readAfter, writeAfter, statuses(replies));

        assertEquals(200, read.status(), read.toString());
        assertEquals(200, write.status(), write.toString());
        assertTrue(writeAfter < RECOVERY.toMillis(), "recovered after " + writeAfter + " ms");
        assertEquals(List.of(200, 200), statuses(replies), "the first request after the kill already succeeds");
        assertEquals("after the kill", staff.get("/api/organizations/" + org + "/").object().getString("description"));
        Set<Integer> now = appConnections();
        assertFalse(now.isEmpty());
        assertTrue(now.stream().noneMatch(killed::contains), "fresh connections: " + now + ", killed " + killed);
        assertNoSevere();
    }

    /**
     * A hero draft ticking with captains and a spectator connected while the database goes away just
     * before round 1 runs out: nothing can be written meanwhile (the clock stands still on the
     * sockets while its view needs the database); once it is back the round is picked at random
     * exactly once, the socket gets that pick once, its state equals the database's, and the clock
     * ticks on.
     */
    @Test
    void aHeroDraftRoundRunningOutDuringAnOutageIsPickedOnceAfterIt() throws InterruptedException {
        try (HeroDraftWatch watch = new HeroDraftWatch()) {
            HeroDraftRows draft = HeroDraftRows.drafting(Instant.now().minusSeconds(120 - 8));
            watch.captain(app, draft, Logins.as(app, draft.captainA()));
            watch.captain(app, draft, Logins.as(app, draft.captainB()));
            SocketLog spectator = watch.spectator(app, draft);
            HeroDraftWatch.awaitTrue(() -> draft.connected(draft.teamA()) && draft.connected(draft.teamB()), "both captains connected");
            assertNotNull(spectator.await(0, HeroDraftWatch::isTick, Duration.ofSeconds(10)), "ticking");

            long cut = System.nanoTime();
            proxy.cut();
            HeroDraftWatch.sleepUntil(cut + TimeUnit.SECONDS.toNanos(12));
            assertEquals(0, draft.heroesChosen(), "nothing written while the database was away");

            long back = System.nanoTime();
            proxy.restore();
            SocketLog.Entry picked = spectator.await(back, text -> HeroDraftWatch.isEvent(text, "hero_selected"), RECOVERY);
            assertNotNull(picked, "the random pick within " + RECOVERY + " of the database's return; the socket got since the cut: "
                    + spectator.since(cut).stream().map(e -> HeroDraftWatch.millis(e.atNanos() - cut) + " ms "
                    + e.text().substring(0, Math.min(80, e.text().length()))).toList());
            long converged = HeroDraftWatch.awaitSameAsDatabase(spectator, app, draft, back, RECOVERY);
            HeroDraftWatch.sleepUntil(converged + TimeUnit.SECONDS.toNanos(4));

            assertEquals(1, draft.heroesChosen(), "one random pick");
            assertEquals(1, draft.events("round_timeout"));
            assertEquals(0, draft.events("draft_paused"));
            assertEquals(1, HeroDraftWatch.count(spectator, cut, "hero_selected"), "the socket got the pick once");
            long gap = HeroDraftWatch.maxTickGapMillis(spectator, converged);
            assertTrue(gap <= 2100, "ticking on afterwards, longest gap " + gap + " ms");
            System.out.printf("hero draft: database back -> random pick on the socket %d ms, socket = database %d ms;"
                    + " longest tick gap through the outage %d ms%n", HeroDraftWatch.millis(picked.atNanos() - back),
                    HeroDraftWatch.millis(converged - back), HeroDraftWatch.maxTickGapMillis(spectator, cut - TimeUnit.SECONDS.toNanos(1)));
            assertNoSevere();
        }
    }

    @Test
    void downDatabaseAnswers503AtOnceAndHeals() {
        Api staff = Logins.staff(app).timeout(Duration.ofSeconds(20));
        String name = TestData.unique("before-cut");
        long org = organization(staff, name);

        proxy.cut();
        for (int round = 0; round < 3; round++) {
            assertRefused("down", round, staff, org, FAIL_FAST);
        }
        assertRecovers(staff, org, name);
        assertTrue(logSinceStart().stream().anyMatch(line -> line.contains("Database unavailable: ")), "one warning line per refusal");
        assertNoSevere();
    }

    @Test
    void unreachableDatabaseAnswers503WithinTheLoginTimeoutAndHeals() {
        Api staff = Logins.staff(app).timeout(Duration.ofSeconds(20));
        String name = TestData.unique("before-black-hole");
        long org = organization(staff, name);

        proxy.blackHole();
        for (int round = 0; round < 2; round++) {
            assertRefused("unreachable", round, staff, org, FAIL_UNREACHABLE);
        }
        assertRecovers(staff, org, name);
        assertNoSevere();
    }

    /** A read, a write and the readiness check while the database is away: all refused in time. */
    private static void assertRefused(String how, int round, Api staff, long org, Duration within) {
        Timed read = Timed.of(() -> staff.get("/api/organizations/" + org + "/"));
        Timed write = Timed.of(() -> staff.post("/api/organizations/", "{\"name\": \"" + TestData.unique("away") + "\"}"));
        Timed ready = Timed.of(() -> app.api().get("/health/ready"));
        System.out.printf("database %s, round %d: read %d in %d ms, write %d in %d ms, ready %d in %d ms%n", how, round,
                read.reply.status(), read.millis, write.reply.status(), write.millis, ready.reply.status(), ready.millis);
        assertUnavailable(read, within);
        assertUnavailable(write, within);
        assertEquals(503, ready.reply.status(), ready.reply.toString());
        assertEquals("DOWN", ready.reply.object().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow().getString("status"));
        assertTrue(ready.millis <= within.toMillis(), "readiness answered after " + ready.millis + " ms");
    }

    /** Back: requests succeed within {@link #RECOVERY} and what was written before is still there. */
    private static void assertRecovers(Api staff, long org, String name) {
        proxy.restore();
        long restoredAt = System.nanoTime();
        List<Reply> replies = new ArrayList<>();
        Reply read = untilOk(replies, () -> staff.get("/api/organizations/" + org + "/"));
        long readAfter = millisSince(restoredAt);
        System.out.printf("restored: read ok after %d ms, replies %s%n", readAfter, statuses(replies));
        assertEquals(200, read.status(), read.toString());
        assertTrue(readAfter < RECOVERY.toMillis(), "recovered after " + readAfter + " ms");
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 503), statuses(replies).toString());
        assertEquals(name, read.object().getString("name"), "written before the database went away");
        organization(staff, TestData.unique("back"));
        assertEquals(200, app.api().get("/health/ready").status());
    }

    private static void assertUnavailable(Timed timed, Duration within) {
        Reply reply = timed.reply;
        assertEquals(503, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        assertEquals(Set.of("detail"), reply.object().keySet(), reply.body());
        assertNotNull(reply.header("Retry-After"));
        assertTrue(timed.millis <= within.toMillis(), "answered after " + timed.millis + " ms");
    }

    /** Repeats the request every 100 ms until it answers 200, for at most {@link #RECOVERY} (plus one request). */
    private static Reply untilOk(List<Reply> replies, Supplier<Reply> request) {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        Reply reply = request.get();
        replies.add(reply);
        while (reply.status() != 200 && System.nanoTime() < deadline) {
            pause();
            reply = request.get();
            replies.add(reply);
        }
        return reply;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long organization(Api staff, String name) {
        Reply reply = staff.post("/api/organizations/", "{\"name\": \"" + name + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.object().getJsonNumber("pk").longValue();
    }

    private static Set<Integer> terminateAppConnections() throws SQLException {
        return pids("SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?");
    }

    private static Set<Integer> appConnections() throws SQLException {
        return pids("SELECT pid FROM pg_stat_activity WHERE application_name = ?");
    }

    private static Set<Integer> pids(String sql) throws SQLException {
        Set<Integer> pids = new TreeSet<>();
        try (Connection db = TestServices.database(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, APPLICATION_NAME);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    pids.add(rows.getInt(1));
                }
            }
        }
        return pids;
    }

    /** No stack trace of ours: a refusal is one WARNING line, never the mapper's SEVERE "Unhandled error". */
    private void assertNoSevere() {
        assertTrue(logSinceStart().stream().noneMatch(line -> line.contains("Unhandled error")), "see " + app.log());
    }

    private List<String> logSinceStart() {
        List<String> lines = logLines();
        return lines.subList(Math.min(logMark, lines.size()), lines.size());
    }

    private static List<String> logLines() {
        try {
            return app.logLines();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> statuses(List<Reply> replies) {
        return replies.stream().map(Reply::status).toList();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private record Timed(Reply reply, long millis) {

        static Timed of(Supplier<Reply> request) {
            long start = System.nanoTime();
            Reply reply = request.get();
            return new Timed(reply, millisSince(start));
        }
    }
}
