package gg.pickban.herodraft.entity;

import static gg.pickban.herodraft.entity.HeroDraftFixture.NOW;
import static gg.pickban.herodraft.entity.HeroDraftFixture.coin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grace, reserve and timeouts (docs/rules.md §5.5), pause and resume (docs/decisions.md D24–D26), and the ticker's
 * failure rules that need no server (docs/rules.md §5.9: a late second ticker never picks twice). */
class HeroDraftTimersTest {

    private final HeroDraftFixture f = new HeroDraftFixture().drafting(11);
    private final HeroDraft draft = f.draft;

    @Test
    void elapsedIsWholeMillisecondsTruncatedAndNeverNegative() {
        assertEquals(1234, RoundClock.of(NOW, NOW.plusNanos(1_234_999_999), 30000, 90000).elapsedMs());
        assertEquals(0, RoundClock.of(NOW, NOW.minusSeconds(5), 30000, 90000).elapsedMs());
        RoundClock inGrace = RoundClock.of(NOW, NOW.plusSeconds(10), 30000, 90000);
        assertEquals(20000, inGrace.graceRemainingMs());
        assertEquals(0, inGrace.reserveUsedMs());
        assertEquals(90000, inGrace.reserveRemainingMs());
        RoundClock beyond = RoundClock.of(NOW, NOW.plusSeconds(200), 30000, 90000);
        assertEquals(0, beyond.reserveRemainingMs(), "never below 0");
        assertEquals(170000, beyond.reserveUsedMs());
    }

    @Test
    void unusedGraceIsLostAndReserveIsUsedOnlyBeyondIt() {
        f.act(NOW, Duration.ofSeconds(25), 1);
        assertEquals(90000, f.team(11).reserveTimeRemaining());
        Instant second = draft.activeRound().orElseThrow().startedAt();
        List<HeroDraftEvent> events = draft.submit(f.team(11), 2, second.plusMillis(35_500));
        assertEquals(84500, f.team(11).reserveTimeRemaining());
        assertEquals(35500, events.get(0).metadata().getInt("time_elapsed_ms"));
        assertEquals(5500, events.get(0).metadata().getInt("reserve_used_ms"));
        assertEquals(90000, f.team(12).reserveTimeRemaining());
        assertEquals(30000, draft.rounds().get(2).graceTimeMs(), "fresh grace every round");
    }

    @Test
    void timeoutExamplesOfSection63() {
        assertTrue(draft.timeOutIfDue(coin(), NOW.plusSeconds(10)).isEmpty(), "10 s: nothing");
        assertTrue(draft.timeOutIfDue(coin(), NOW.plusSeconds(35)).isEmpty(), "35 s < 120 s: nothing");
        assertTrue(draft.timeOutIfDue(coin(), NOW.plusMillis(119_999)).isEmpty());
        List<HeroDraftEvent> events = f.flushed(draft.timeOutIfDue(coin(6), NOW.plusSeconds(125)));
        assertEquals(List.of("round_timeout", "hero_selected", "round_started"), events.stream().map(HeroDraftEvent::eventType).toList());
        assertEquals(Json.createObjectBuilder().add("auto_picked_hero", 7).build(), events.get(0).metadata());
        assertEquals(f.team(11), events.get(0).draftTeam());
        assertEquals(7, draft.rounds().get(0).heroId(), "the 7th available hero");
        assertEquals(0, f.team(11).reserveTimeRemaining());
        assertEquals(125000, events.get(1).metadata().getInt("time_elapsed_ms"));
        assertEquals(95000, events.get(1).metadata().getInt("reserve_used_ms"));
        assertFalse(draft.availableHeroes().contains(7));
        assertEquals(1, draft.currentRound());
    }

    /** Two tickers after a Redis outage each run the timeout under the draft's row lock, one after the other. */
    @Test
    void aSecondTimeoutOfTheSameRoundByALateSecondTickerPicksNothing() {
        assertEquals(3, draft.timeOutIfDue(coin(6), NOW.plusSeconds(125)).size());
        assertTrue(draft.timeOutIfDue(coin(2), NOW.plusMillis(125_400)).isEmpty(), "the next round has just begun");
        assertEquals(1, draft.rounds().stream().filter(round -> round.heroId() != null).count());
    }

    @Test
    void withTheReserveSpentARoundTimesOutAtTheEndOfItsGrace() {
        draft.timeOutIfDue(coin(0), NOW.plusSeconds(120));
        Instant second = draft.activeRound().orElseThrow().startedAt();
        assertTrue(draft.timeOutIfDue(coin(), second.plusMillis(29_999)).isEmpty());
        assertEquals(1, draft.timeOutIfDue(coin(0), second.plusSeconds(30)).stream()
                .filter(e -> e.eventType().equals("round_timeout")).count());
        assertEquals(List.of(1, 2), draft.usedHeroes(), "a timed-out ban bans the first available hero here");
    }

    @Test
    void aTimeoutPicksOnlyFromTheAvailableHeroes() {
        f.act(NOW, Duration.ZERO, 1);
        f.act(NOW, Duration.ZERO, 3);
        Instant started = draft.activeRound().orElseThrow().startedAt();
        draft.timeOutIfDue(coin(1), started.plusSeconds(300));
        assertEquals(List.of(1, 3, 4), draft.usedHeroes(), "available: 2, 4, 5, … — index 1 is hero 4");
    }

    @Test
    void noTimeoutWhilePausedAndAfterResumeTheRoundContinuesWhereItWas() {
        Instant pause = NOW.plusSeconds(10);
        draft.pause(f.a(), pause);
        assertTrue(draft.timeOutIfDue(coin(), pause.plus(Duration.ofMinutes(10))).isEmpty(), "paused 10 minutes: no timeout");
        Instant resume = pause.plus(Duration.ofMinutes(10));
        draft.resume(f.a(), resume);
        assertTrue(draft.timeOutIfDue(coin(), resume.plusSeconds(2)).isEmpty(), "resuming: no timeout");
        draft.completeCountdownIfDue(resume.plusSeconds(3)).orElseThrow();
        RoundClock clock = draft.activeRound().orElseThrow().clock(resume.plusSeconds(3));
        assertEquals(10000, clock.elapsedMs(), "elapsed as when the pause began");
        assertEquals(90000, clock.reserveRemainingMs());
    }

    @Test
    void aCaptainDropsAndAResumeTwoSecondsLaterShiftsTheRoundByFiveSeconds() {
        Instant drop = NOW.plusSeconds(10);
        List<HeroDraftEvent> events = draft.captainDisconnected(101L, drop);
        assertEquals(List.of("captain_disconnected", "draft_paused"), events.stream().map(HeroDraftEvent::eventType).toList());
        assertEquals(HeroDraftState.PAUSED, draft.state());
        assertFalse(draft.isManualPause());
        draft.resume(f.b(), drop.plusSeconds(2));
        assertEquals(HeroDraftState.RESUMING, draft.state());
        assertEquals(NOW.plusSeconds(5), draft.activeRound().orElseThrow().startedAt());
        draft.completeCountdownIfDue(drop.plusSeconds(5)).orElseThrow();
        assertEquals(HeroDraftState.DRAFTING, draft.state());
        assertEquals(10000, draft.activeRound().orElseThrow().clock(drop.plusSeconds(5)).elapsedMs());
    }

    @Test
    void forcedTimeoutsIgnoreTheClockButNotTheState() {
        List<HeroDraftEvent> events = draft.forceTimeout(coin(0), NOW);
        assertEquals("round_timeout", events.get(0).eventType());
        assertEquals(List.of(1), draft.usedHeroes());
        draft.pause(f.a(), NOW);
        assertEquals("Cannot force timeout in state 'paused'",
                org.junit.jupiter.api.Assertions.assertThrows(HeroDraftRefused.class, () -> draft.forceTimeout(coin(0), NOW)).getMessage());
    }
}
