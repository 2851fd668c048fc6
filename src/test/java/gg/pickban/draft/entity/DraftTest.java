package gg.pickban.draft.entity;

import static gg.pickban.draft.entity.DraftFixture.noDice;
import static gg.pickban.draft.entity.ShuffleDraftTest.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.identity.entity.User;
import gg.pickban.tournament.entity.Team;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Snake and normal drafts (docs/rules.md §4): building (§4.2), init/rebuild, pick checks, undo (§4.4), §4.1, §4.5. */
class DraftTest {

    private final DraftFixture fx = new DraftFixture();
    private final User a = fx.player(1, 5000);
    private final User b = fx.player(2, 4000);
    private final User c = fx.player(3, 6000);
    private final User d = fx.player(4, 4500);
    private final List<User> pool = IntStream.rangeClosed(1, 16).mapToObj(i -> fx.player(100 + i, 3100 - 100 * i)).toList();
    // team order by draft_order, ties by pk (docs/decisions.md D20):
    // T1 (pk 14, order 0), T2 (pk 11, order 1), T3 (pk 12, order 1), T4 (pk 13, order 2)
    private final Team t2 = fx.team(11, "T2", b, 1);
    private final Team t3 = fx.team(12, "T3", c, 1);
    private final Team t4 = fx.team(13, "T4", d, 2);
    private final Team t1 = fx.team(14, "T1", a, 0);

    private List<User> captainsInPickOrder(Draft draft) {
        return draft.rounds().stream().map(DraftRound::captain).toList();
    }

    private DraftRound round(Draft draft, int pickNumber) {
        return draft.rounds().stream().filter(r -> r.pickNumber() == pickNumber).findFirst().orElseThrow();
    }

    @Test
    void snakeRoundsFollowTheTeamOrderAndReverseInPhasesTwoAndFour() {
        Draft draft = fx.draft(DraftStyle.SNAKE);
        assertEquals(List.of(), fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW)), "no events for snake");
        assertEquals(List.of(a, b, c, d, d, c, b, a, a, b, c, d, d, c, b, a), captainsInPickOrder(draft));
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4), draft.rounds().stream().map(DraftRound::pickPhase).toList());
        assertSame(t1, draft.teamOf(round(draft, 8)));
    }

    @Test
    void normalRoundsKeepTheTeamOrderAndACaptainlessTeamYieldsCaptainlessRounds() {
        t3.appointCaptain(null);
        Draft draft = fx.draft(DraftStyle.NORMAL);
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        assertEquals(Arrays.asList(a, b, null, d, a, b, null, d, a, b, null, d, a, b, null, d), captainsInPickOrder(draft));
        assertNull(draft.teamOf(round(draft, 3)));
    }

    @Test
    void restartResetsCaptainedTeamsToTheirCaptainWithoutMembershipRulesAndRebuildsAllRounds() {
        Draft draft = fx.draft(DraftStyle.SNAKE);
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        fx.flushed(draft, draft.pick(round(draft, 1), pool.get(0), a, noDice(), DraftFixture.NOW));
        t1.appointDeputy(pool.get(0));
        Long oldFirstRound = round(draft, 1).id();

        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        assertEquals(Set.of(a), t1.members());
        assertSame(a, t1.captain());
        assertSame(pool.get(0), t1.deputyCaptain(), "not a removal: no deputy succession (docs/rules.md §3.3)");
        assertEquals(16, draft.rounds().size());
        assertTrue(draft.rounds().stream().allMatch(r -> r.choice() == null));
        assertFalse(draft.rounds().stream().anyMatch(r -> r.id().equals(oldFirstRound)), "all old rounds are gone");
        assertTrue(draft.usersRemaining().contains(pool.get(0)), "the drafted player is back in the pool");
    }

    @Test
    void withoutPlayerCaptainsNothingIsBuiltOrChanged() {
        Draft draft = fx.draft(DraftStyle.SNAKE);
        fx.tournament.registerPlayers(pool);
        t1.replaceMembers(List.of(a, pool.get(3)), false);
        DraftRefused refused = assertThrows(DraftRefused.class, () -> draft.restart(noDice(), DraftFixture.NOW));
        assertEquals("Draft must have captains to build teams.", refused.getMessage());
        assertThrows(DraftRefused.class, () -> draft.rebuild(noDice(), DraftFixture.NOW));
        assertEquals(List.of(), draft.rounds());
        assertEquals(Set.of(a, pool.get(3)), t1.members());
    }

    @Test
    void rebuildWithRoundsRecomputesRostersFromTheChoicesAndKeepsTheRounds() {
        Draft draft = fx.draft(DraftStyle.SNAKE);
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        fx.flushed(draft, draft.pick(round(draft, 1), pool.get(0), a, noDice(), DraftFixture.NOW));
        fx.flushed(draft, draft.pick(round(draft, 2), pool.get(1), b, noDice(), DraftFixture.NOW));
        fx.flushed(draft, draft.pick(round(draft, 8), pool.get(2), a, noDice(), DraftFixture.NOW));
        List<DraftRound> before = draft.rounds();
        t1.rosterFromDraft(List.of(pool.get(9)));
        t2.rosterFromDraft(List.of());

        assertEquals(List.of(), draft.rebuild(noDice(), DraftFixture.NOW));
        assertEquals(before, draft.rounds());
        assertEquals(List.of(a, pool.get(0), pool.get(2)), List.copyOf(t1.members()), "captain first, then picks in pick order");
        assertEquals(Set.of(b, pool.get(1)), t2.members());
        assertEquals(Set.of(c), t3.members());
    }

    @Test
    void rebuildWithoutRoundsIsARestart() {
        Draft draft = fx.draft(DraftStyle.NORMAL);
        t1.rosterFromDraft(List.of(a, pool.get(5)));
        fx.flushed(draft, draft.rebuild(noDice(), DraftFixture.NOW));
        assertEquals(16, draft.rounds().size());
        assertEquals(Set.of(a), t1.members());
    }

    @Test
    void pickAddsThePlayerToTheRoundsTeamAndRecordsIt() {
        Draft draft = fx.draft(DraftStyle.SNAKE);
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        User staff = DraftFixture.user(999, null);
        Picked picked = fx.flushed(draft, draft.pick(round(draft, 2), pool.get(4), staff, noDice(), DraftFixture.NOW));
        assertEquals(pool.get(4), round(draft, 2).choice());
        assertTrue(t2.isMember(pool.get(4)));
        assertNull(picked.tie());
        assertEquals(1, picked.events().size());
        DraftEvent event = picked.events().get(0);
        assertEquals(DraftEvent.PLAYER_PICKED, event.eventType());
        assertSame(staff, event.actor());
        assertEquals(DraftFixture.NOW, event.createdAt());
        JsonObject payload = payload(event);
        assertEquals(new TreeSet<>(Set.of("pick_number", "captain_id", "captain_name", "captain_avatar_url", "picked_id",
                "picked_name", "picked_avatar_url", "team_id", "team_name")), new TreeSet<>(payload.keySet()));
        assertEquals(2, payload.getInt("pick_number"));
        assertEquals(2, payload.getInt("captain_id"));
        assertEquals("user2", payload.getString("captain_name"));
        assertEquals(105, payload.getInt("picked_id"));
        assertEquals("user105", payload.getString("picked_name"));
        assertTrue(payload.isNull("picked_avatar_url"));
        assertEquals(11, payload.getInt("team_id"));
        assertEquals("T2", payload.getString("team_name"));
        assertEquals(round(draft, 1).id(), draft.latestRoundId(), "the current round is not checked; latest is the first open one");
    }

    @Test
    void pickChecksComeInTheContractsOrder() {
        Draft draft = fx.draft(DraftStyle.SHUFFLE);
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        fx.flushed(draft, draft.pick(round(draft, 1), pool.get(0), b, noDice(), DraftFixture.NOW));
        DraftRound picked = round(draft, 1);
        DraftRound captainless = round(draft, 3);

        assertEquals(Draft.ALREADY_CHOSEN, assertThrows(DraftRefused.class,
                () -> draft.pick(picked, c, a, noDice(), DraftFixture.NOW)).getMessage(), "a choice beats an unavailable user");
        assertEquals("Failed to pick player. This draft round has no captain yet.", assertThrows(DraftRefused.class,
                () -> draft.pick(captainless, c, a, noDice(), DraftFixture.NOW)).getMessage());
        DraftRound open = round(draft, 2);
        for (User unavailable : List.of(pool.get(0), c, DraftFixture.user(555, 9000))) {
            assertEquals("Failed to pick player. User is not available for drafting.", assertThrows(DraftRefused.class,
                    () -> draft.pick(open, unavailable, a, noDice(), DraftFixture.NOW)).getMessage(),
                    "already chosen, a captain, not a player");
        }
        assertNull(open.choice());
    }

    @Test
    void usersRemainingExcludesChoicesAndEveryTeamCaptainButNotHandAddedMembers() {
        User outsideCaptain = DraftFixture.user(300, 100);
        Team extra = fx.team(15, "Extra", outsideCaptain, 3);
        extra.replaceMembers(List.of(outsideCaptain, pool.get(7)), false);
        Draft draft = fx.draft(DraftStyle.SNAKE);
        assertEquals(pool, draft.usersRemaining(), "captains are out, the hand-added member is in, by pk");
        assertNull(draft.latestRoundId(), "no rounds");
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        assertEquals(20, draft.rounds().size(), "five teams, including the one whose captain is not a player");
    }

    @Test
    void undoInSnakeKeepsTheNextRoundsCaptainAndNamesTheTeam() {
        Draft draft = fx.draft(DraftStyle.SNAKE);
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        assertEquals(Draft.NO_PICKS, assertThrows(DraftRefused.class, () -> draft.undo(a, DraftFixture.NOW)).getMessage());
        fx.flushed(draft, draft.pick(round(draft, 1), pool.get(0), a, noDice(), DraftFixture.NOW));
        fx.flushed(draft, draft.pick(round(draft, 3), pool.get(1), c, noDice(), DraftFixture.NOW));

        Undone undone = fx.flushed(draft, draft.undo(a, DraftFixture.NOW));
        assertNull(round(draft, 3).choice(), "the highest pick number with a choice, not the latest in time");
        assertSame(c, round(draft, 3).captain());
        assertSame(d, round(draft, 4).captain(), "D16: snake keeps its captains");
        assertFalse(t3.isMember(pool.get(1)));
        assertTrue(draft.usersRemaining().contains(pool.get(1)));
        JsonObject payload = payload(undone.event());
        assertEquals(new TreeSet<>(Set.of("pick_number", "undone_player_id", "undone_player_name", "team_id", "team_name")),
                new TreeSet<>(payload.keySet()));
        assertEquals(3, payload.getInt("pick_number"));
        assertEquals(102, payload.getInt("undone_player_id"));
        assertEquals("user102", payload.getString("undone_player_name"));
        assertEquals(12, payload.getInt("team_id"));
        assertSame(a, undone.event().actor());
        assertEquals(round(draft, 2).id(), draft.latestRoundId());
    }

    @Test
    void undoAppliesTheMembershipRulesAndMayLeaveTheTeamToBeDeleted() {
        Draft draft = fx.draft(DraftStyle.NORMAL);
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        fx.flushed(draft, draft.pick(round(draft, 1), pool.get(0), a, noDice(), DraftFixture.NOW));
        t1.rosterFromDraft(List.of(pool.get(0)));

        Undone undone = fx.flushed(draft, draft.undo(a, DraftFixture.NOW));
        assertEquals(List.of(t1), undone.disbanded().teams(), "the team lost its last member");
        assertFalse(fx.tournament.teams().contains(t1));
        assertNull(round(draft, 1).choice());
        assertEquals(14, payload(undone.event()).getInt("team_id"), "the event still names the team");
    }

    @Test
    void predictionUsesTeamOrderAndIgnoresExistingPicks() {
        Draft draft = fx.draft(DraftStyle.SHUFFLE);
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        fx.flushed(draft, draft.pick(round(draft, 1), pool.get(5), b, noDice(), DraftFixture.NOW));
        assertEquals(new StylePrediction(14000, 13500), draft.predict(DraftStyle.SNAKE));
        assertEquals(new StylePrediction(14600, 12900), draft.predict(DraftStyle.NORMAL));
    }

    @Test
    void predictionRanksUnknownMmrLastAsZero() {
        User unknown = fx.player(50, null);
        User low = fx.player(51, 10);
        fx.tournament.registerPlayers(List.of(a, b, c, d, unknown, low));
        Draft draft = fx.draft(DraftStyle.NORMAL);
        assertEquals(new StylePrediction(5000 + 10, 4500), draft.predict(DraftStyle.NORMAL));
        assertEquals(StylePrediction.NO_TEAMS, new Draft(null, DraftStyle.SNAKE).predict(DraftStyle.SNAKE));
    }
}
