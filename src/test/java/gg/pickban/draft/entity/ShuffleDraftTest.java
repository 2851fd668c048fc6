package gg.pickban.draft.entity;

import static gg.pickban.draft.entity.DraftFixture.dice;
import static gg.pickban.draft.entity.DraftFixture.noDice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.identity.entity.User;
import gg.pickban.tournament.entity.Team;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Shuffle drafts (draft.md §3.2, §4): building, the worked example of §4.4, tie rolls during picks, undo (D16). */
class ShuffleDraftTest {

    private final DraftFixture fx = new DraftFixture();
    private final User a = fx.player(1, 5000);
    private final User b = fx.player(2, 4000);
    private final User c = fx.player(3, 6000);
    private final User d = fx.player(4, 4500);
    private final Team teamA = fx.team(11, "Team A", a, 0);
    private final Team teamB = fx.team(12, "Team B", b, 0);
    private final Team teamC = fx.team(13, "Team C", c, 0);
    private final Team teamD = fx.team(14, "Team D", d, 0);
    private final List<User> pool = IntStream.rangeClosed(1, 16).mapToObj(i -> fx.player(100 + i, 3100 - 100 * i)).toList();
    private final Draft draft = fx.draft(DraftStyle.SHUFFLE);

    static JsonObject payload(DraftEvent event) {
        return Json.createReader(new StringReader(event.payload())).readObject();
    }

    private DraftRound round(int pickNumber) {
        return draft.rounds().stream().filter(r -> r.pickNumber() == pickNumber).findFirst().orElseThrow();
    }

    private User best() {
        return draft.usersRemaining().stream().max(Comparator.comparing(User::mmr)).orElseThrow();
    }

    @Test
    void buildingCreatesCaptainlessRoundsAndGivesRoundOneToTheLowestCaptainOnlyTotal() {
        List<DraftEvent> events = fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        List<DraftRound> rounds = draft.rounds();
        assertEquals(16, rounds.size());
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4), rounds.stream().map(DraftRound::pickPhase).toList());
        assertEquals(b, rounds.get(0).captain(), "B 4000 is the lowest captain-only total");
        assertFalse(rounds.get(0).wasTie());
        assertTrue(rounds.stream().skip(1).allMatch(r -> r.captain() == null));
        assertEquals(1, events.size(), "no captain_assigned or tie_roll for round 1");
        assertEquals(DraftEvent.DRAFT_STARTED, events.get(0).eventType());
        assertNull(events.get(0).actor());
        assertEquals(Json.createObjectBuilder().add("draft_id", 77).add("draft_style", "shuffle").add("team_count", 4).build(),
                payload(events.get(0)));
        assertEquals(rounds.get(0).id(), draft.latestRoundId());
    }

    @Test
    void workedExampleEachCaptainTakingTheBestRemainingPlayer() {
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        Map<Long, String> names = Map.of(11L, "A", 12L, "B", 13L, "C", 14L, "D");
        List<String> order = new ArrayList<>();
        for (int pick = 1; pick <= 16; pick++) {
            DraftRound round = round(pick);
            assertNotNull(round.captain(), "pick " + pick + " has its captain before it is made");
            Team team = draft.teamOf(round);
            order.add(names.get(team.id()));
            Picked picked = fx.flushed(draft, draft.pick(round, best(), a, noDice(), DraftFixture.NOW));
            assertNull(picked.tie());
            List<String> types = picked.events().stream().map(DraftEvent::eventType).toList();
            assertEquals(pick < 16 ? List.of(DraftEvent.PLAYER_PICKED, DraftEvent.CAPTAIN_ASSIGNED) : List.of(DraftEvent.PLAYER_PICKED),
                    types, "after the last pick nobody is left, so nothing is assigned");
        }
        assertEquals(List.of("B", "D", "A", "C", "B", "D", "A", "C", "B", "D", "A", "C", "B", "D", "A", "C"), order);
        assertEquals(List.of(13800, 13600, 14400, 13700), List.of(teamA.totalMmr(), teamB.totalMmr(), teamC.totalMmr(), teamD.totalMmr()));
        assertTrue(List.of(teamA, teamB, teamC, teamD).stream().allMatch(t -> t.members().size() == 5));
        assertEquals(List.of(), draft.usersRemaining());
        assertEquals(round(16).id(), draft.latestRoundId(), "every round picked: the last one");
    }

    @Test
    void captainAssignedCarriesTheNextRoundAndTheWinningTeamsTotal() {
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        Picked picked = fx.flushed(draft, draft.pick(round(1), pool.get(0), b, noDice(), DraftFixture.NOW));
        DraftEvent assigned = picked.events().get(1);
        assertNull(assigned.actor());
        JsonObject payload = payload(assigned);
        assertEquals(new TreeSet<>(Set.of("pick_number", "captain_id", "captain_name", "captain_avatar_url", "team_id",
                "team_name", "team_mmr")), new TreeSet<>(payload.keySet()));
        assertEquals(2, payload.getInt("pick_number"));
        assertEquals(4, payload.getInt("captain_id"));
        assertEquals("user4", payload.getString("captain_name"));
        assertTrue(payload.isNull("captain_avatar_url"));
        assertEquals(14, payload.getInt("team_id"));
        assertEquals("Team D", payload.getString("team_name"));
        assertEquals(4500, payload.getInt("team_mmr"));
        assertEquals(d, round(2).captain());
    }

    @Test
    void aTieDuringAPickIsRolledRecordedAndReturned() {
        d.reportMmr(4000);
        fx.flushed(draft, draft.restart(dice(4, 4, 2, 5), DraftFixture.NOW));
        DraftRound first = round(1);
        assertEquals(d, first.captain(), "B and D tie at 4000; D wins the second roll round");
        assertTrue(first.wasTie());
        assertEquals(14, Json.createReader(new StringReader(first.tieRollData())).readObject().getInt("winner_id"));

        fx.flushed(draft, draft.pick(first, pool.get(0), d, noDice(), DraftFixture.NOW));
        assertEquals(b, round(2).captain(), "D 7000; B 4000 alone at the bottom");
        Picked untied = fx.flushed(draft, draft.pick(round(2), pool.get(10), b, noDice(), DraftFixture.NOW));
        assertNull(untied.tie());
        assertEquals(a, round(3).captain(), "B 6000; A 5000 alone at the bottom");
        Picked picked = fx.flushed(draft, draft.pick(round(3), pool.get(15), a, dice(6, 3), DraftFixture.NOW));

        TieRoll tie = picked.tie();
        assertNotNull(tie, "B 6000 and C 6000 tie below A 6500 and D 7000");
        assertEquals(List.of(new TieRoll.TiedTeam(12, "Team B", 6000), new TieRoll.TiedTeam(13, "Team C", 6000)), tie.tiedTeams());
        assertEquals(List.of(List.of(new TieRoll.Roll(12, 6), new TieRoll.Roll(13, 3))), tie.rollRounds());
        assertEquals(12, tie.winnerId(), "B rolled the 6");
        assertEquals(b, round(4).captain());
        assertTrue(round(4).wasTie());
        assertEquals(tie.toJson().toString(), round(4).tieRollData());
        assertEquals(List.of(DraftEvent.PLAYER_PICKED, DraftEvent.CAPTAIN_ASSIGNED, DraftEvent.TIE_ROLL),
                picked.events().stream().map(DraftEvent::eventType).toList());
        JsonObject roll = payload(picked.events().get(2));
        assertEquals(new TreeSet<>(Set.of("pick_number", "tied_teams", "roll_rounds", "winner_id", "winner_name")),
                new TreeSet<>(roll.keySet()));
        assertEquals(4, roll.getInt("pick_number"));
        assertEquals(12, roll.getInt("winner_id"));
        assertEquals("user2", roll.getString("winner_name"), "the winning captain's username");
        assertEquals(tie.toJson().get("roll_rounds"), roll.get("roll_rounds"));
        assertEquals(tie.toJson().get("tied_teams"), roll.get("tied_teams"));
        assertNull(picked.events().get(2).actor());
    }

    @Test
    void fullTeamsAreNoLongerEligible() {
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        teamB.rosterFromDraft(List.of(b, pool.get(12), pool.get(13), pool.get(14), pool.get(15)));
        fx.flushed(draft, draft.pick(round(1), pool.get(0), b, noDice(), DraftFixture.NOW));
        assertEquals(d, round(2).captain(), "B is lowest by MMR but full");
    }

    @Test
    void undoReopensTheRoundAndClearsTheNextRoundsCaptainAndTie() {
        fx.flushed(draft, draft.restart(noDice(), DraftFixture.NOW));
        fx.flushed(draft, draft.pick(round(1), pool.get(0), b, noDice(), DraftFixture.NOW));
        fx.flushed(draft, draft.pick(round(2), pool.get(1), d, noDice(), DraftFixture.NOW));
        assertEquals(a, round(3).captain());

        Undone undone = fx.flushed(draft, draft.undo(c, DraftFixture.NOW));
        assertNull(round(2).choice());
        assertEquals(d, round(2).captain(), "the same captain picks again");
        assertNull(round(3).captain(), "D16: shuffle only");
        assertFalse(round(3).wasTie());
        assertNull(round(3).tieRollData());
        assertFalse(teamD.isMember(pool.get(1)));
        assertEquals(round(2).id(), draft.latestRoundId());
        assertTrue(undone.disbanded().isEmpty());
        assertEquals(DraftEvent.PICK_UNDONE, undone.event().eventType());
        assertEquals(c, undone.event().actor());
    }
}
