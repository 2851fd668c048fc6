package gg.pickban.herodraft.entity;

import static gg.pickban.herodraft.entity.HeroDraftFixture.NOW;
import static gg.pickban.herodraft.entity.HeroDraftFixture.coin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state machine and guards of docs/rules.md §5.1–§5.8, with the scenarios that need no server. */
class HeroDraftTest {

    private final HeroDraftFixture f = new HeroDraftFixture();
    private final HeroDraft draft = f.draft;

    private static void refused(String message, Runnable action) {
        assertEquals(message, assertThrows(HeroDraftRefused.class, action::run).getMessage());
    }

    private static void denied(String message, Runnable action) {
        assertEquals(message, assertThrows(HeroDraftDenied.class, action::run).getMessage());
    }

    @Test
    void aNewDraftWaitsForCaptainsWithTwoFreshTeamsRadiantSlotFirst() {
        assertEquals(HeroDraftState.WAITING_FOR_CAPTAINS, draft.state());
        assertEquals(List.of(11L, 12L), draft.teams().stream().map(DraftTeam::id).toList());
        assertEquals(f.teamA, draft.teams().get(0).tournamentTeam());
        for (DraftTeam team : draft.teams()) {
            assertEquals(90000, team.reserveTimeRemaining());
            assertFalse(team.isReady());
            assertFalse(team.isConnected());
            assertNull(team.isFirstPick());
            assertNull(team.isRadiant());
        }
        assertEquals(List.of(), draft.rounds());
        assertNull(draft.currentRound());
        HeroDraftEvent created = draft.created(300L, NOW);
        assertEquals("draft_created", created.eventType());
        assertEquals(Json.createObjectBuilder().add("created_by", 300).build(), created.metadata());
        assertNull(created.draftTeam());
    }

    @Test
    void readyingIsPerCaptainIdempotentAndTheSecondStartsTheRoll() {
        HeroDraftEvent first = draft.setReady(f.a(), NOW);
        assertEquals("captain_ready", first.eventType());
        assertEquals(f.team(11), first.draftTeam());
        assertEquals(Json.createObjectBuilder().add("captain_id", 101).build(), first.metadata());
        assertTrue(f.team(11).isReady() && f.team(11).isConnected());
        draft.setReady(f.a(), NOW);
        assertEquals(HeroDraftState.WAITING_FOR_CAPTAINS, draft.state());
        denied("You are not a captain in this draft", () -> draft.setReady(HeroDraftFixture.staff(), NOW));
        draft.setReady(f.b(), NOW);
        assertEquals(HeroDraftState.ROLLING, draft.state());
        refused("Cannot set ready in state 'rolling'", () -> draft.setReady(f.a(), NOW));
    }

    @Test
    void theStateIsCheckedBeforeTheCaptain() {
        refused("Cannot trigger roll in state 'waiting_for_captains'", () -> draft.roll(HeroDraftFixture.stranger(), coin(), NOW));
        refused("Cannot pause draft in state 'waiting_for_captains'", () -> draft.pause(HeroDraftFixture.stranger(), NOW));
        refused("Cannot resume draft in state 'waiting_for_captains'", () -> draft.resume(HeroDraftFixture.stranger(), NOW));
    }

    @Test
    void theRollIsACoinFlipWhoeverTriggersIt() {
        draft.setReady(f.a(), NOW);
        draft.setReady(f.b(), NOW);
        denied("You are not a captain in this draft", () -> draft.roll(HeroDraftFixture.staff(), coin(), NOW));
        HeroDraftEvent rolled = draft.roll(f.a(), coin(1), NOW);
        assertEquals(HeroDraftState.CHOOSING, draft.state());
        assertEquals(f.team(12), draft.rollWinner().orElseThrow());
        assertEquals("roll_result", rolled.eventType());
        assertEquals(f.team(12), rolled.draftTeam());
        assertEquals(Json.createObjectBuilder().add("triggered_by", 11).add("winner_id", 12).add("winner_captain", "bob").build(),
                rolled.metadata());
        refused("Cannot trigger roll in state 'choosing'", () -> draft.roll(f.b(), coin(0), NOW));
    }

    @Test
    void choicesAreValidatedInTheContractsOrderAndTheWinnerChoosesFirst() {
        draft.setReady(f.a(), NOW);
        draft.setReady(f.b(), NOW);
        draft.roll(f.a(), coin(0), NOW);
        DraftTeam winner = f.team(11);
        DraftTeam loser = f.team(12);
        refused("choice_type must be 'pick_order' or 'side'", () -> draft.choose(winner, "invalid", "first", NOW));
        refused("value must be 'first' or 'second' for pick_order", () -> draft.choose(winner, "pick_order", "radiant", NOW));
        refused("value must be 'radiant' or 'dire' for side", () -> draft.choose(winner, "side", null, NOW));
        denied("Roll winner must choose first", () -> draft.choose(loser, "side", "radiant", NOW));

        HeroDraftEvent made = draft.choose(winner, "pick_order", "first", NOW);
        assertEquals("choice_made", made.eventType());
        assertEquals(Json.createObjectBuilder().add("choice_type", "pick_order").add("value", "first").build(), made.metadata());
        assertEquals(HeroDraftState.CHOOSING, draft.state());
        assertEquals(Boolean.TRUE, winner.isFirstPick());
        assertEquals(Boolean.FALSE, loser.isFirstPick());
        refused("Pick order already chosen", () -> draft.choose(loser, "pick_order", "first", NOW));

        draft.choose(loser, "side", "radiant", NOW.plusSeconds(2));
        assertEquals(HeroDraftState.DRAFTING, draft.state());
        assertEquals(Boolean.TRUE, loser.isRadiant());
        assertEquals(Boolean.FALSE, winner.isRadiant());
        assertEquals(24, draft.rounds().size());
        HeroDraftRound first = draft.rounds().get(0);
        assertTrue(first.isActive());
        assertEquals(NOW.plusSeconds(2), first.startedAt());
        assertEquals(winner, first.draftTeam());
        assertEquals(0, draft.currentRound());
        assertTrue(draft.rounds().stream().skip(1).allMatch(r -> r.isPlanned() && r.startedAt() == null && r.graceTimeMs() == 30000));
        refused("Cannot submit choice in state 'drafting'", () -> draft.choose(winner, "side", "dire", NOW));
    }

    @Test
    void theWinnerMayMakeBothChoices() {
        draft.setReady(f.a(), NOW);
        draft.setReady(f.b(), NOW);
        draft.roll(f.b(), coin(1), NOW);
        draft.choose(f.team(12), "side", "dire", NOW);
        refused("Side already chosen", () -> draft.choose(f.team(11), "side", "radiant", NOW));
        draft.choose(f.team(12), "pick_order", "second", NOW);
        assertEquals(HeroDraftState.DRAFTING, draft.state());
        assertEquals(f.team(11), draft.rounds().get(0).draftTeam(), "team 11 got first pick");
    }

    @Test
    void roundsFollowTheCaptainsModeOrderForTheFirstPickTeam() {
        f.drafting(12);
        List<HeroDraftRound> rounds = draft.rounds();
        for (int i = 0; i < 24; i++) {
            CaptainsMode.Step step = CaptainsMode.STEPS.get(i);
            assertEquals(i + 1, rounds.get(i).roundNumber());
            assertEquals(step.firstPickTeam() ? 12L : 11L, rounds.get(i).draftTeam().id());
            assertEquals(step.action(), rounds.get(i).actionType());
        }
    }

    @Test
    void picksFollowTurnsAndHeroesAreUsedOnce() {
        f.drafting(11);
        DraftTeam first = f.team(11);
        DraftTeam second = f.team(12);
        refused("Not your turn", () -> draft.submit(second, 2, NOW));
        List<HeroDraftEvent> events = f.flushed(draft.submit(first, 1, NOW.plusSeconds(5)));
        HeroDraftRound one = draft.rounds().get(0);
        assertEquals(HeroDraftRound.COMPLETED, one.state());
        assertEquals(1, one.heroId());
        assertEquals(NOW.plusSeconds(5), one.completedAt());
        assertEquals(List.of("hero_selected", "round_started"), events.stream().map(HeroDraftEvent::eventType).toList());
        assertEquals(Json.createObjectBuilder().add("round_number", 1).add("hero_id", 1).add("action_type", "ban")
                .add("time_elapsed_ms", 5000).add("reserve_used_ms", 0).build(), events.get(0).metadata());
        assertEquals(Json.createObjectBuilder().add("round_number", 2).add("action_type", "ban").build(), events.get(1).metadata());
        assertEquals(first, events.get(1).draftTeam());
        assertEquals(1, draft.currentRound());
        assertEquals(NOW.plusSeconds(5), draft.rounds().get(1).startedAt());
        refused(HeroDraft.NOT_AVAILABLE, () -> draft.submit(first, 1, NOW));
        for (long unknown : new long[] {0, -1, 24, 115, 118, 139, 146, 154, 156, 1_000_000, Long.MAX_VALUE}) {
            refused(HeroDraft.NOT_AVAILABLE, () -> draft.submit(first, unknown, NOW));
        }
        assertFalse(draft.availableHeroes().contains(1));
        assertEquals(126, draft.availableHeroes().size());
    }

    @Test
    void theTwentyFourthRoundCompletesTheDraft() {
        f.drafting(11);
        List<Integer> heroes = HeroPool.HEROES;
        for (int i = 0; i < 23; i++) {
            f.act(NOW, Duration.ZERO, heroes.get(i));
        }
        HeroDraftRound last = draft.activeRound().orElseThrow();
        List<HeroDraftEvent> events = draft.submit(last.draftTeam(), heroes.get(23), NOW.plusSeconds(1));
        assertEquals(List.of("hero_selected", "draft_completed"), events.stream().map(HeroDraftEvent::eventType).toList());
        assertEquals(HeroDraftState.COMPLETED, draft.state());
        assertNull(draft.currentRound());
        assertTrue(draft.rounds().stream().allMatch(r -> HeroDraftRound.COMPLETED.equals(r.state())));
        refused("Cannot submit pick in state 'completed'", () -> draft.submit(last.draftTeam(), heroes.get(30), NOW));
        refused("Cannot abandon draft in state 'completed'", () -> draft.abandon(HeroDraftFixture.staff(), NOW));
    }

    @Test
    void captainsAndStaffMayAbandonOthersNot() {
        denied("You are not authorized to abandon this draft", () -> draft.abandon(HeroDraftFixture.leagueStaff(), NOW));
        HeroDraftEvent byCaptain = draft.abandon(f.b(), NOW);
        assertEquals(HeroDraftState.ABANDONED, draft.state());
        assertEquals(Json.createObjectBuilder().add("abandoned_by", 102).add("was_admin", false).build(), byCaptain.metadata());
        assertNull(byCaptain.draftTeam());
        refused("Cannot abandon draft in state 'abandoned'", () -> draft.abandon(f.b(), NOW));
        HeroDraftFixture other = new HeroDraftFixture();
        assertEquals(Json.createObjectBuilder().add("abandoned_by", 301).add("was_admin", true).build(),
                other.draft.abandon(HeroDraftFixture.staff(), NOW).metadata());
    }

    @Test
    void pauseAndResumeNeedACaptainOrASupervisor() {
        f.drafting(11);
        denied("You are not authorized to pause this draft", () -> draft.pause(HeroDraftFixture.stranger(), NOW));
        HeroDraftEvent paused = draft.pause(HeroDraftFixture.leagueStaff(), NOW);
        assertEquals(HeroDraftState.PAUSED, draft.state());
        assertTrue(draft.isManualPause());
        assertEquals(NOW, draft.pausedAt());
        assertNull(paused.draftTeam());
        assertEquals(Json.createObjectBuilder().add("reason", "manual").add("paused_by", 302).add("paused_by_username", "steward")
                .add("is_captain", false).add("is_staff", true).build(), paused.metadata());
        refused("Cannot pause draft in state 'paused'", () -> draft.pause(f.a(), NOW));
        denied("You are not authorized to resume this draft", () -> draft.resume(HeroDraftFixture.stranger(), NOW));
        HeroDraftEvent resumed = draft.resume(f.b(), NOW.plusSeconds(1));
        assertEquals(f.team(12), resumed.draftTeam());
        assertEquals(Json.createObjectBuilder().add("countdown_seconds", 3).add("reason", "manual").add("resumed_by", 102)
                .add("resumed_by_username", "bob").add("is_captain", true).add("is_staff", false).build(), resumed.metadata());
        assertEquals(HeroDraftState.RESUMING, draft.state());
        assertFalse(draft.isManualPause());
        assertNull(draft.pausedAt());
        assertEquals(NOW.plusSeconds(4), draft.resumingUntil());
        refused("Cannot resume draft in state 'resuming'", () -> draft.resume(f.b(), NOW));
    }

    @Test
    void theCountdownCompletesOnlyOnceItsEndHasCome() {
        f.drafting(11);
        draft.pause(f.a(), NOW);
        draft.resume(f.a(), NOW);
        assertTrue(draft.completeCountdownIfDue(NOW.plusMillis(2999)).isEmpty());
        assertEquals(HeroDraftState.RESUMING, draft.state());
        HeroDraftEvent resumed = draft.completeCountdownIfDue(NOW.plusSeconds(3)).orElseThrow();
        assertEquals("draft_resumed", resumed.eventType());
        assertEquals(Json.createObjectBuilder().build(), resumed.metadata());
        assertEquals(HeroDraftState.DRAFTING, draft.state());
        assertNull(draft.resumingUntil());
        assertTrue(draft.completeCountdownIfDue(NOW.plusSeconds(10)).isEmpty());
    }

    @Test
    void resetReturnsToAFreshDraft() {
        f.drafting(11);
        f.act(NOW, Duration.ofSeconds(40), 5);
        draft.pause(f.a(), NOW.plusSeconds(41));
        HeroDraftEvent reset = draft.reset(Json.createValue(301), NOW.plusSeconds(50));
        assertEquals(Json.createObjectBuilder().add("reset_by", 301).build(), reset.metadata());
        assertEquals(HeroDraftState.WAITING_FOR_CAPTAINS, draft.state());
        assertEquals(List.of(), draft.rounds());
        assertTrue(draft.rollWinner().isEmpty());
        assertNull(draft.pausedAt());
        assertFalse(draft.isManualPause());
        for (DraftTeam team : draft.teams()) {
            assertEquals(90000, team.reserveTimeRemaining());
            assertFalse(team.isReady() || team.isConnected());
            assertNull(team.isFirstPick());
            assertNull(team.isRadiant());
        }
        assertEquals("\"test_endpoint\"", draft.reset(Json.createValue("test_endpoint"), NOW).metadata().get("reset_by").toString());
    }
}
