package gg.pickban.draft.boundary;

import static gg.pickban.draft.DraftArrange.pick;
import static gg.pickban.draft.DraftArrange.pk;
import static gg.pickban.draft.boundary.DraftSocketIT.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.draft.DraftArrange;
import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SocketClient;
import gg.pickban.tournament.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The concurrency promise of picking (docs/rules.md §4.4) under load: conflicting picks (same round, same player on
 * different rounds, wrong captains) and undos fired at once. Exactly one pick per round wins, nobody
 * lands on two teams, rosters match the rounds, every event is written and broadcast once, and no
 * request fails with a 5xx.
 */
@ExtendWith(SharedApp.class)
class DraftConcurrencyIT {

    private static final String ALREADY_CHOSEN = "{\"error\":\"Failed to pick player. This draft round already has a choice.\"}";
    private static final Set<String> REFUSALS = Set.of(ALREADY_CHOSEN,
            "{\"error\":\"Failed to pick player. User is not available for drafting.\"}",
            "{\"error\":\"Failed to pick player. This draft round has no captain yet.\"}",
            "{\"error\":\"No picks to undo\"}");
    private static final String NOT_YOUR_ROUND = "{\"error\":\"Only staff or the captain for this round can make picks\"}";
    private static final List<Integer> CAPTAINS = List.of(5000, 4000, 6000, 4500);
    private static final List<Integer> PLAYERS = IntStream.rangeClosed(1, 16).map(i -> 3100 - 100 * i).boxed().toList();

    private record Call(String kind, Api api, String path, String body) {
    }

    private record Outcome(Call call, Reply reply) {
    }

    private static List<Outcome> fireAtOnce(List<Call> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Call call : calls) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return new Outcome(call, call.api().post(call.path(), call.body()));
            }));
        }
        ready.await();
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(5, TimeUnit.MINUTES));
        }
        threads.shutdown();
        return outcomes;
    }

    /** Samples how many connections of the test database wait on a row lock. */
    private static final class LockWaiters {
        volatile boolean running = true;
        volatile long most;
        Thread sampler;

        static LockWaiters watch() {
            LockWaiters waiters = new LockWaiters();
            waiters.sampler = new Thread(() -> {
                while (waiters.running) {
                    waiters.most = Math.max(waiters.most, count("SELECT COUNT(*) FROM pg_stat_activity"
                            + " WHERE datname = current_database() AND wait_event_type = 'Lock'"));
                    pause();
                }
            });
            waiters.sampler.start();
            return waiters;
        }

        private static void pause() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        long stop() throws InterruptedException {
            running = false;
            sampler.join();
            return most;
        }
    }

    private static Api patient(Api api) {
        return api.timeout(Duration.ofMinutes(3));
    }

    private static long count(String sql, Object... parameters) {
        return Fixtures.number(sql, parameters);
    }

    @Test
    void ofAHundredPicksForOneRoundExactlyOneWins(AppProcess app) throws Exception {
        Api staff = patient(Logins.staff(app));
        Arranged t = DraftArrange.draft(staff, "snake", CAPTAINS, PLAYERS);
        Api captain = patient(Logins.as(app, t.captains().get(0)));
        List<Call> calls = IntStream.range(0, 100).mapToObj(i -> new Call("pick", i % 2 == 0 ? staff : captain,
                "/api/tournaments/pick_player", pick(t.round(1), t.players().get(i % 16)))).toList();

        List<Outcome> outcomes = fireAtOnce(calls);
        List<Outcome> won = outcomes.stream().filter(o -> o.reply().status() == 201).toList();
        assertEquals(1, won.size(), "exactly one pick wins");
        outcomes.stream().filter(o -> o.reply().status() != 201).forEach(o -> {
            assertEquals(400, o.reply().status(), o.reply().body());
            assertEquals(ALREADY_CHOSEN, o.reply().body());
        });
        long winner = Json.createReader(new StringReader(won.get(0).call().body())).readObject().getJsonNumber("user_pk").longValue();
        assertEquals(winner, count("SELECT choice_id FROM draft_round WHERE id = ?", t.round(1)));
        assertEquals(1, count("SELECT COUNT(*) FROM team_members WHERE user_id = ?", winner));
        assertEquals(1, count("SELECT COUNT(*) FROM draft_event WHERE draft_id = ? AND event_type = 'player_picked'", t.draft()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"snake", "shuffle"})
    void twoHundredMixedConflictingRequestsLeaveAConsistentDraft(String style, AppProcess app) throws Exception {
        Api staff = patient(Logins.staff(app));
        Arranged t = DraftArrange.draft(staff, style, CAPTAINS, PLAYERS);
        Map<Long, Api> captains = t.captains().stream().collect(Collectors.toMap(c -> c, c -> patient(Logins.as(app, c))));
        Random random = new Random(42);
        List<Call> calls = new ArrayList<>();
        for (int pickNumber = 1; pickNumber <= 16; pickNumber++) {
            long round = t.round(pickNumber);
            JsonObject built = DraftArrange.roundOf(t.draftState(), pickNumber);
            long roundCaptain = built.isNull("captain") ? t.captains().get(pickNumber % 4) : pk(built.getJsonObject("captain"));
            long otherCaptain = t.captains().stream().filter(c -> c != roundCaptain).findFirst().orElseThrow();
            for (int i = 0; i < 4; i++) {
                calls.add(new Call("pick", staff, "/api/tournaments/pick_player", pick(round, t.players().get(random.nextInt(16)))));
            }
            calls.add(new Call("pick", captains.get(roundCaptain), "/api/tournaments/pick_player", pick(round, t.players().get(random.nextInt(16)))));
            calls.add(new Call("pick", captains.get(roundCaptain), "/api/tournaments/pick_player", pick(round, t.players().get(pickNumber % 3))));
            calls.add(new Call("pick", captains.get(otherCaptain), "/api/tournaments/pick_player", pick(round, t.players().get(random.nextInt(16)))));
            calls.add(new Call("pick", staff, "/api/tournaments/pick_player", pick(round, t.players().get(pickNumber % 3))));
        }
        for (int i = 0; i < 40; i++) {
            calls.add(new Call("pick", staff, "/api/tournaments/pick_player",
                    pick(t.round(1 + random.nextInt(16)), t.players().get(random.nextInt(16)))));
            calls.add(new Call("undo", staff, "/api/tournaments/undo-pick", "{\"draft_pk\": " + t.draft() + "}"));
        }
        Collections.shuffle(calls, random);
        assertTrue(calls.size() >= 200);
        long eventsBefore = count("SELECT COUNT(*) FROM draft_event WHERE draft_id = ?", t.draft());

        try (SocketClient spectator = connect(app, "/api/draft/" + t.draft() + "/")) {
            DraftSocketIT.next(spectator);
            LockWaiters waiters = LockWaiters.watch();
            List<Outcome> outcomes = fireAtOnce(calls);
            assertTrue(waiters.stop() <= 1, "requests queue for their draft before taking a connection: at most "
                    + waiters.most + " waited on a row lock");

            for (Outcome outcome : outcomes) {
                int status = outcome.reply().status();
                assertTrue(status < 500, "no 5xx: " + outcome.reply());
                if (status == 400) {
                    assertTrue(REFUSALS.contains(outcome.reply().body()), outcome.reply().body());
                } else if (status == 403) {
                    assertEquals(NOT_YOUR_ROUND, outcome.reply().body());
                } else {
                    assertEquals(outcome.call().kind().equals("pick") ? 201 : 200, status, outcome.reply().body());
                }
            }
            long picks = outcomes.stream().filter(o -> o.reply().status() == 201).count();
            long undos = outcomes.stream().filter(o -> o.call().kind().equals("undo") && o.reply().status() == 200).count();
            assertTrue(picks > 0 && undos > 0, picks + " picks, " + undos + " undos");

            assertEquals(0, count("SELECT COUNT(*) FROM (SELECT choice_id FROM draft_round WHERE draft_id = ? AND choice_id IS NOT NULL"
                    + " GROUP BY choice_id HAVING COUNT(*) > 1) twice", t.draft()), "every choice is unique");
            assertEquals(0, count("SELECT COUNT(*) FROM draft_round r WHERE r.draft_id = ? AND r.choice_id IS NOT NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM team t JOIN team_members m ON m.team_id = t.id WHERE t.tournament_id = ?"
                    + " AND t.captain_id = r.captain_id AND m.user_id = r.choice_id)", t.draft(), t.tournament()),
                    "every chosen player is on the round captain's team");
            assertEquals(0, count("SELECT COUNT(*) FROM (SELECT m.user_id FROM team_members m JOIN team t ON t.id = m.team_id"
                    + " WHERE t.tournament_id = ? GROUP BY m.user_id HAVING COUNT(*) > 1) twice", t.tournament()),
                    "no player is on two teams");
            assertEquals(0, count("SELECT COUNT(*) FROM team t WHERE t.tournament_id = ? AND (SELECT COUNT(*) FROM team_members m"
                    + " WHERE m.team_id = t.id) <> 1 + (SELECT COUNT(*) FROM draft_round r WHERE r.draft_id = ?"
                    + " AND r.captain_id = t.captain_id AND r.choice_id IS NOT NULL)", t.tournament(), t.draft()),
                    "every roster is its captain plus the choices of its captain's rounds");
            assertEquals(0, count("SELECT COUNT(*) FROM draft_round WHERE draft_id = ? AND choice_id IS NOT NULL AND captain_id IS NULL",
                    t.draft()), "nobody was picked in a round without a captain");
            assertEquals(picks, count("SELECT COUNT(*) FROM draft_event WHERE draft_id = ? AND event_type = 'player_picked'", t.draft()));
            assertEquals(undos, count("SELECT COUNT(*) FROM draft_event WHERE draft_id = ? AND event_type = 'pick_undone'", t.draft()));

            long written = count("SELECT COUNT(*) FROM draft_event WHERE draft_id = ?", t.draft()) - eventsBefore;
            JsonObject last = null;
            for (long i = 0; i < written; i++) {
                last = DraftSocketIT.next(spectator);
            }
            assertEquals(null, spectator.nextMessage(Duration.ofMillis(300)), "each of the " + written + " events once");
            assertEquals(app.api().get("/api/tournaments/" + t.tournament() + "/").object().getJsonObject("draft"),
                    last.getJsonObject("draft_state"), "the spectator ends with the committed state");
        }
    }
}
