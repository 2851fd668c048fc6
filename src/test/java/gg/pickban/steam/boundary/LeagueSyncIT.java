package gg.pickban.steam.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Await;
import gg.pickban.testsupport.FakeSteam;
import gg.pickban.testsupport.FakeSteam.Fault;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SecondInstance;
import gg.pickban.testsupport.SteamApps;
import gg.pickban.testsupport.SteamData;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * League sync against a fake Steam (docs/rules.md §7.2–§7.3, docs/decisions.md D32–D36): exactly the new matches are found, each
 * fault is survived without losing or duplicating data, and two instances never sync one league at
 * once.
 */
@ExtendWith(SteamApps.class)
class LeagueSyncIT {

    private static final long START = 1_767_225_600L;

    private FakeSteam steam;

    @AfterEach
    void calm() {
        if (steam != null) {
            steam.behave();
        }
    }

    @Test
    void incrementalSyncFindsExactlyTheNewMatchesPageByPage(AppProcess app, FakeSteam fake) {
        steam = fake;
        int league = FakeSteam.freshLeagueId();
        long base = FakeSteam.freshId();
        addMatches(fake, league, base, 1, 5);
        fake.pageSize(2);
        Api staff = Logins.staff(app);

        JsonObject first = sync(staff, "{\"league_id\": " + league + "}");
        assertEquals(5, first.getInt("synced_count"));
        assertEquals(0, first.getInt("failed_count"));
        assertEquals(base + 5, first.getJsonNumber("new_last_match_id").longValue());
        assertEquals(5, SteamData.count("SELECT COUNT(*) FROM steam_match WHERE league_id = ?", league));
        assertEquals(45, SteamData.count("SELECT COUNT(*) FROM steam_player_stats p JOIN steam_match m"
                + " ON m.match_id = p.match_id WHERE m.league_id = ?", league), "nine players each: the anonymous one is skipped");
        List<String> starts = fake.calls("GetMatchHistory").stream().filter(c -> c.params().get("league_id").equals(Integer.toString(league)))
                .map(c -> c.params().getOrDefault("start_at_match_id", "newest")).toList();
        assertEquals(List.of("newest", Long.toString(base + 3), Long.toString(base + 1)), starts,
                "each page starts just below the oldest id of the previous one");

        addMatches(fake, league, base, 6, 7);
        JsonObject second = sync(staff, "{\"league_id\": " + league + "}");
        assertEquals(2, second.getInt("synced_count"));
        assertEquals(base + 7, second.getJsonNumber("new_last_match_id").longValue());
        JsonObject third = sync(staff, "{\"league_id\": \"" + league + "\", \"full_sync\": \"false\"}");
        assertEquals(0, third.getInt("synced_count"));
        assertEquals(base + 7, third.getJsonNumber("new_last_match_id").longValue());
        LongStream.rangeClosed(base + 1, base + 7).forEach(id -> assertEquals(1, fake.detailFetches(id), "match " + id + " fetched once"));

        JsonObject status = app.api().get("/api/steam/sync-status/?league_id=" + league).object();
        assertEquals(league, status.getInt("league_id"));
        assertEquals(base + 7, status.getJsonNumber("last_match_id").longValue());
        assertEquals(0, status.getInt("failed_match_count"));
        assertFalse(status.getBoolean("is_syncing"));
        assertTrue(status.getString("last_sync_at").endsWith("Z"));
    }

    @Test
    void fullSyncProcessesEverythingAgainWithoutDuplicates(AppProcess app, FakeSteam fake) {
        steam = fake;
        int league = FakeSteam.freshLeagueId();
        long base = FakeSteam.freshId();
        long account = FakeSteam.freshAccountId();
        for (int i = 1; i <= 3; i++) {
            fake.addMatch(league, base + i, START + i, true, FakeSteam.tenPlayers(account));
        }
        long player = TestData.insertUser(TestData.unique("synced"), null, null, SteamData.STEAM64_BASE + account, 3000, Instant.now());
        Api staff = Logins.staff(app);
        assertEquals(3, sync(staff, "{\"league_id\": " + league + "}").getInt("synced_count"));
        assertEquals(3, SteamData.count("SELECT COUNT(*) FROM steam_player_stats WHERE user_id = ?", player), "linked on store");
        assertEquals(3, SteamData.count("SELECT games_played FROM steam_league_player_stats WHERE user_id = ? AND league_id = ?",
                player, league), "stats recomputed after the sync");
        assertEquals(3, SteamData.count("SELECT wins FROM steam_league_player_stats WHERE user_id = ?", player), "slot 0, radiant won");

        JsonObject full = sync(staff, "{\"league_id\": " + league + ", \"full_sync\": true}");
        assertEquals(3, full.getInt("synced_count"));
        assertEquals(base + 3, full.getJsonNumber("new_last_match_id").longValue());
        assertEquals(3, SteamData.count("SELECT COUNT(*) FROM steam_match WHERE league_id = ?", league));
        assertEquals(27, SteamData.count("SELECT COUNT(*) FROM steam_player_stats p JOIN steam_match m"
                + " ON m.match_id = p.match_id WHERE m.league_id = ?", league));
    }

    @Test
    void transientFaultsAreRetriedAndNothingIsLostOrDoubled(AppProcess app, FakeSteam fake) {
        steam = fake;
        int league = FakeSteam.freshLeagueId();
        long base = FakeSteam.freshId();
        addMatches(fake, league, base, 1, 3);
        Api staff = Logins.staff(app);
        fake.faultNext("GetMatchHistory", league, Fault.TOO_MANY_REQUESTS, 2);
        fake.faultNext("GetMatchHistoryBySequenceNum", Fault.SERVER_ERROR, 1);
        fake.faultNext("GetMatchHistoryBySequenceNum", Fault.SLOW, 1);

        JsonObject result = sync(staff, "{\"league_id\": " + league + "}");
        assertEquals(3, result.getInt("synced_count"), result.toString());
        assertEquals(0, result.getInt("failed_count"));
        assertEquals(3, SteamData.count("SELECT COUNT(*) FROM steam_match WHERE league_id = ?", league));
        List<FakeSteam.Call> history = fake.calls("GetMatchHistory").stream()
                .filter(c -> c.params().get("league_id").equals(Integer.toString(league))).toList();
        assertEquals(3, history.size(), "two 429s, then the page");
        assertTrue(history.get(1).arrivedNanos() - history.get(0).arrivedNanos() >= Duration.ofMillis(950).toNanos(),
                "Retry-After: 1 waited out");
    }

    @Test
    void aMalformedAnswerFailsOnlyThatMatchWhichRetryFailedRecovers(AppProcess app, FakeSteam fake) {
        steam = fake;
        int league = FakeSteam.freshLeagueId();
        long base = FakeSteam.freshId();
        addMatches(fake, league, base, 1, 3);
        fake.makeUnfetchable(base + 1);
        Api staff = Logins.staff(app);
        fake.faultNext("GetMatchHistoryBySequenceNum", Fault.MALFORMED, 1);

        JsonObject result = sync(staff, "{\"league_id\": " + league + "}");
        assertEquals(1, result.getInt("synced_count"), "newest fails on malformed JSON, oldest is unfetchable");
        assertEquals(2, result.getInt("failed_count"));
        assertEquals(base + 2, result.getJsonNumber("new_last_match_id").longValue());
        assertEquals(2, app.api().get("/api/steam/sync-status?league_id=" + league).object().getInt("failed_match_count"));

        JsonObject stillFailing = staff.post("/api/steam/retry-failed/", "{\"league_id\": " + league + "}").object();
        assertEquals(1, stillFailing.getInt("synced_count"));
        assertEquals(1, stillFailing.getInt("failed_count"));
        assertEquals(base + 2, stillFailing.getJsonNumber("new_last_match_id").longValue(), "the mark is unchanged");

        fake.makeFetchable(base + 1);
        JsonObject recovered = staff.post("/api/steam/retry-failed", "{\"league_id\": " + league + "}").object();
        assertEquals(1, recovered.getInt("synced_count"));
        assertEquals(0, recovered.getInt("failed_count"));
        assertEquals(0, app.api().get("/api/steam/sync-status/?league_id=" + league).object().getInt("failed_match_count"));
        assertEquals(3, SteamData.count("SELECT COUNT(*) FROM steam_match WHERE league_id = ?", league));
        assertEquals(27, SteamData.count("SELECT COUNT(*) FROM steam_player_stats p JOIN steam_match m"
                + " ON m.match_id = p.match_id WHERE m.league_id = ?", league));
    }

    @Test
    void aHistoryPageThatCannotBeReadKeepsTheMarkSoTheNextSyncCatchesUp(AppProcess app, FakeSteam fake) {
        steam = fake;
        int league = FakeSteam.freshLeagueId();
        long base = FakeSteam.freshId();
        addMatches(fake, league, base, 1, 2);
        Api staff = Logins.staff(app);
        assertEquals(2, sync(staff, "{\"league_id\": " + league + "}").getInt("synced_count"));
        addMatches(fake, league, base, 3, 6);
        fake.pageSize(2);
        fake.faultNext("GetMatchHistory", league, Fault.NONE, 1);
        fake.faultNext("GetMatchHistory", league, Fault.SERVER_ERROR, 2);
        fake.faultNext("GetMatchHistory", league, Fault.NO_RESULT, 1);

        JsonObject cut = sync(staff, "{\"league_id\": " + league + "}");
        assertEquals(2, cut.getInt("synced_count"), "page one (6, 5) stored, page two never came");
        assertEquals(base + 2, cut.getJsonNumber("new_last_match_id").longValue(), "3 and 4 are not skipped later");

        JsonObject caughtUp = sync(staff, "{\"league_id\": " + league + "}");
        assertEquals(4, caughtUp.getInt("synced_count"), "6 and 5 again (idempotent), then 4 and 3");
        assertEquals(base + 6, caughtUp.getJsonNumber("new_last_match_id").longValue());
        assertEquals(6, SteamData.count("SELECT COUNT(*) FROM steam_match WHERE league_id = ?", league));
        assertEquals(54, SteamData.count("SELECT COUNT(*) FROM steam_player_stats p JOIN steam_match m"
                + " ON m.match_id = p.match_id WHERE m.league_id = ?", league));
    }

    @Test
    void twoInstancesNeverSyncOneLeagueAtOnceAndShareTheCallSpacing(AppProcess a, @SecondInstance AppProcess b, FakeSteam fake) {
        steam = fake;
        int league = FakeSteam.freshLeagueId();
        long base = FakeSteam.freshId();
        addMatches(fake, league, base, 1, 4);
        Api onA = Logins.staff(a);
        Api onB = onA.on(b);
        fake.delay("GetMatchHistory", Duration.ofMillis(800));
        int before = fake.calls().size();

        CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> onA.post("/api/steam/sync/", "{\"league_id\": " + league + "}"));
        CompletableFuture<Reply> second = CompletableFuture.supplyAsync(() -> onB.post("/api/steam/sync/", "{\"league_id\": " + league + "}"));
        List<Reply> replies = List.of(first.join(), second.join());

        Set<Integer> statuses = replies.stream().map(Reply::status).collect(Collectors.toSet());
        assertEquals(Set.of(200, 409), statuses, replies.toString());
        Reply refused = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertEquals("{\"error\":\"Sync already in progress\"}", refused.body());
        LongStream.rangeClosed(base + 1, base + 4).forEach(id -> assertEquals(1, fake.detailFetches(id)));

        fake.delay("GetMatchHistory", Duration.ZERO);
        int otherLeague = FakeSteam.freshLeagueId();
        addMatches(fake, otherLeague, FakeSteam.freshId(), 1, 4);
        int third = FakeSteam.freshLeagueId();
        addMatches(fake, third, FakeSteam.freshId(), 1, 4);
        CompletableFuture<Reply> onOne = CompletableFuture.supplyAsync(() -> onA.post("/api/steam/sync/", "{\"league_id\": " + otherLeague + "}"));
        CompletableFuture<Reply> onTwo = CompletableFuture.supplyAsync(() -> onB.post("/api/steam/sync/", "{\"league_id\": " + third + "}"));
        assertEquals(200, onOne.join().status());
        assertEquals(200, onTwo.join().status());
        List<FakeSteam.Call> calls = fake.calls().subList(before, fake.calls().size());
        long span = (calls.get(calls.size() - 1).arrivedNanos() - calls.get(0).arrivedNanos()) / 1_000_000;
        assertTrue(span >= (calls.size() - 1) * SteamApps.MIN_CALL_INTERVAL_MS - 150,
                calls.size() + " calls of both instances within " + span + " ms: they share one call spacing");
    }

    @Test
    void aStaleSyncFlagIsTakenOverAndAFreshOneRefuses(AppProcess app, FakeSteam fake) {
        steam = fake;
        int league = FakeSteam.freshLeagueId();
        long base = FakeSteam.freshId();
        addMatches(fake, league, base, 1, 1);
        SteamData.update("INSERT INTO steam_league_sync_state (league_id, is_syncing, sync_started_at, last_match_id)"
                + " VALUES (?, TRUE, ?, NULL)", league, java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))));
        Api staff = Logins.staff(app);
        Reply busy = staff.post("/api/steam/sync/", "{\"league_id\": " + league + "}");
        assertEquals(409, busy.status());
        assertEquals("{\"error\":\"Sync already in progress\"}", busy.body());
        assertEquals(409, staff.post("/api/steam/retry-failed/", "{\"league_id\": " + league + "}").status());
        assertTrue(app.api().get("/api/steam/sync-status/?league_id=" + league).object().getBoolean("is_syncing"));

        SteamData.update("UPDATE steam_league_sync_state SET sync_started_at = ? WHERE league_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(11))), league);
        assertEquals(1, sync(staff, "{\"league_id\": " + league + "}").getInt("synced_count"));
        assertFalse(app.api().get("/api/steam/sync-status/?league_id=" + league).object().getBoolean("is_syncing"));
    }

    @Test
    void theScheduledSyncRunsTheConfiguredLeagueOnOneInstanceAtATime(AppProcess a, @SecondInstance AppProcess b, FakeSteam fake)
            throws Exception {
        steam = fake;
        long base = FakeSteam.freshId();
        addMatches(fake, SteamApps.TIMER_LEAGUE, base, 1, 3);
        long stored = Await.until(() -> SteamData.count("SELECT COUNT(*) FROM steam_match WHERE league_id = ?", SteamApps.TIMER_LEAGUE),
                count -> count >= 3, Duration.ofSeconds(150), "the scheduled sync storing the league's matches");
        assertEquals(3, stored);
        // the other instance's timer, had it run the same sync as well, would have fetched the details again by now
        Await.quietFor(Duration.ofSeconds(2));
        LongStream.rangeClosed(base + 1, base + 3).forEach(id -> assertEquals(1, fake.detailFetches(id)));
        JsonObject status = a.api().get("/api/steam/sync-status/").object();
        assertEquals(SteamApps.TIMER_LEAGUE, status.getInt("league_id"), "no league_id: the configured league");
        assertEquals(base + 3, status.getJsonNumber("last_match_id").longValue());
        assertEquals(status, b.api().get("/api/steam/sync-status/?league_id=abc").object());
    }

    @Test
    void onlyStaffMaySyncAndBodiesAreChecked(AppProcess app, FakeSteam fake) {
        steam = fake;
        assertEquals(403, app.api().post("/api/steam/sync/", "{}").status());
        assertEquals(403, Logins.user(app).post("/api/steam/sync/", "{}").status());
        assertEquals("{\"detail\":\"You do not have permission to perform this action.\"}",
                Logins.user(app).post("/api/steam/retry-failed/", "{}").body());
        Reply bad = Logins.staff(app).post("/api/steam/sync/", "{\"league_id\": \"x\", \"full_sync\": \"maybe\"}");
        assertEquals(400, bad.status());
        assertEquals("{\"league_id\":[\"A valid integer is required.\"],\"full_sync\":[\"Must be a valid boolean.\"]}", bad.body());
        JsonObject unknown = Logins.staff(app).post("/api/steam/retry-failed/", "{\"league_id\": " + FakeSteam.freshLeagueId() + "}").object();
        assertEquals(0, unknown.getInt("synced_count"));
        assertEquals(0, unknown.getInt("failed_count"));
        assertEquals(JsonValue.NULL, unknown.get("new_last_match_id"));
    }

    private static JsonObject sync(Api staff, String body) {
        Reply reply = staff.post("/api/steam/sync/", body);
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }

    private static void addMatches(FakeSteam fake, int league, long base, int from, int to) {
        for (int i = from; i <= to; i++) {
            fake.addMatch(league, base + i, START + i * 3600L, i % 2 == 0, FakeSteam.tenPlayers(FakeSteam.freshAccountId()));
        }
    }
}
