package gg.pickban.herodraft.entity;

import static gg.pickban.herodraft.entity.HeroDraftFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The tick message (docs/api.md §7; the resuming form of docs/decisions.md D25). */
class HeroDraftTickTest {

    @Test
    void theExampleOfSection92() {
        HeroDraftFixture f = new HeroDraftFixture().drafting(12);
        f.act(NOW, Duration.ofSeconds(35), 1);
        for (int hero = 2; hero <= 7; hero++) {
            f.act(f.draft.activeRound().orElseThrow().startedAt(), Duration.ZERO, hero);
        }
        assertEquals(85000, f.team(12).reserveTimeRemaining());
        Instant round8 = f.draft.activeRound().orElseThrow().startedAt();
        assertEquals(8, f.draft.activeRound().orElseThrow().roundNumber());
        assertEquals("{\"type\":\"herodraft_tick\",\"current_round\":7,\"active_team_id\":12,\"grace_time_remaining_ms\":0,"
                + "\"team_a_id\":11,\"team_a_reserve_ms\":90000,\"team_b_id\":12,\"team_b_reserve_ms\":75000,\"draft_state\":\"drafting\"}",
                HeroDraftTick.of(f.draft, round8.plusSeconds(40)).orElseThrow().toString());
    }

    @Test
    void thirtyFiveSecondsIntoARoundTheReserveCountsDown() {
        HeroDraftFixture f = new HeroDraftFixture().drafting(11);
        assertEquals("{\"type\":\"herodraft_tick\",\"current_round\":0,\"active_team_id\":11,\"grace_time_remaining_ms\":0,"
                + "\"team_a_id\":11,\"team_a_reserve_ms\":85000,\"team_b_id\":12,\"team_b_reserve_ms\":90000,\"draft_state\":\"drafting\"}",
                HeroDraftTick.of(f.draft, NOW.plusSeconds(35)).orElseThrow().toString());
        assertEquals(20000, HeroDraftTick.of(f.draft, NOW.plusSeconds(10)).orElseThrow().getInt("grace_time_remaining_ms"));
    }

    @Test
    void whileResumingOnlyTheCountdown() {
        HeroDraftFixture f = new HeroDraftFixture().drafting(11);
        f.draft.pause(f.a(), NOW);
        assertTrue(HeroDraftTick.of(f.draft, NOW).isEmpty(), "no ticks while paused");
        f.draft.resume(f.a(), NOW);
        assertEquals("{\"type\":\"herodraft_tick\",\"draft_state\":\"resuming\",\"countdown_remaining_ms\":1800}",
                HeroDraftTick.of(f.draft, NOW.plusMillis(1200)).orElseThrow().toString());
        assertEquals(0, HeroDraftTick.of(f.draft, NOW.plusSeconds(4)).orElseThrow().getInt("countdown_remaining_ms"));
    }

    @Test
    void noTicksBeforeDraftingOrAfterIt() {
        HeroDraftFixture f = new HeroDraftFixture();
        assertTrue(HeroDraftTick.of(f.draft, NOW).isEmpty(), "waiting_for_captains: no ticks");
        f.draft.abandon(HeroDraftFixture.staff(), NOW);
        assertTrue(HeroDraftTick.of(f.draft, NOW).isEmpty());
    }

    /** The ticker keeps the tick between seconds: a value taken once, rendered for any moment, untouched by later changes. */
    @Test
    void aTakenTickRendersAnyMomentAndIgnoresLaterChanges() {
        HeroDraftFixture f = new HeroDraftFixture().drafting(11);
        HeroDraftTick taken = HeroDraftTick.of(f.draft).orElseThrow();
        for (int seconds : new int[] {0, 10, 29, 31, 35, 119, 121}) {
            assertEquals(HeroDraftTick.of(f.draft, NOW.plusSeconds(seconds)).orElseThrow(), taken.at(NOW.plusSeconds(seconds)));
        }
        f.act(NOW, Duration.ofSeconds(40), 1);
        assertEquals(0, taken.at(NOW.plusSeconds(40)).getInt("current_round"), "still the round it was taken in");
        assertEquals(1, HeroDraftTick.of(f.draft, NOW.plusSeconds(40)).orElseThrow().getInt("current_round"));
    }
}
