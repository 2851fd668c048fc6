package gg.pickban.draft.entity;

import static gg.pickban.draft.entity.DraftFixture.dice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.draft.entity.ShuffleOrder.Contender;
import gg.pickban.draft.entity.ShuffleOrder.Outcome;
import gg.pickban.draft.entity.TieRoll.Roll;
import gg.pickban.draft.entity.TieRoll.TiedTeam;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/rules.md §4.3: lowest total MMR picks next; ties go to d6 rolls among the survivors. */
class ShuffleOrderTest {

    private static final Contender B = new Contender(12, "Team B", 4000);
    private static final Contender D = new Contender(14, "Team D", 4000);

    @Test
    void captainOnlyTeams5000And4000And6000GoToThe4000TeamWithoutTieData() {
        Outcome outcome = ShuffleOrder.next(List.of(new Contender(11, "A", 5000), new Contender(12, "B", 4000),
                new Contender(13, "C", 6000)), DraftFixture.noDice()).orElseThrow();
        assertEquals(12, outcome.winnerId());
        assertFalse(outcome.wasTie());
        assertNull(outcome.tie());
    }

    @Test
    void rolls6Then3LetTheFirstTeamWinAfterOneRollRound() {
        Outcome outcome = ShuffleOrder.next(List.of(D, B), dice(6, 3)).orElseThrow();
        assertEquals(12, outcome.winnerId(), "B is first in team pk order and rolled the 6");
        assertEquals(List.of(List.of(new Roll(12, 6), new Roll(14, 3))), outcome.tie().rollRounds());
    }

    @Test
    void rolls4And4Then2And5LetTheSecondTeamWinAfterTwoRollRounds() {
        Outcome outcome = ShuffleOrder.next(List.of(B, D), dice(4, 4, 2, 5)).orElseThrow();
        assertEquals(14, outcome.winnerId());
        TieRoll tie = outcome.tie();
        assertEquals(List.of(new TiedTeam(12, "Team B", 4000), new TiedTeam(14, "Team D", 4000)), tie.tiedTeams());
        assertEquals(List.of(List.of(new Roll(12, 4), new Roll(14, 4)), List.of(new Roll(12, 2), new Roll(14, 5))), tie.rollRounds());
        assertEquals(Json.createReader(new java.io.StringReader("""
                {"tied_teams": [{"id": 12, "name": "Team B", "mmr": 4000}, {"id": 14, "name": "Team D", "mmr": 4000}],
                 "roll_rounds": [[{"team_id": 12, "roll": 4}, {"team_id": 14, "roll": 4}],
                                 [{"team_id": 12, "roll": 2}, {"team_id": 14, "roll": 5}]],
                 "winner_id": 14}""")).readObject(), tie.toJson(), "the docs/rules.md §4.3 example, key for key");
    }

    @Test
    void onlyTeamsStillInContentionRollAgain() {
        Contender a = new Contender(3, "A", 100);
        Contender b = new Contender(5, "B", 100);
        Contender c = new Contender(9, "C", 100);
        Contender richer = new Contender(1, "Rich", 900);
        Outcome outcome = ShuffleOrder.next(List.of(c, richer, a, b), dice(5, 2, 5, 1, 6)).orElseThrow();
        assertEquals(9, outcome.winnerId());
        assertEquals(List.of(3L, 5L, 9L), outcome.tie().tiedTeams().stream().map(TiedTeam::id).toList(),
                "every team tied at the minimum, in pk order; the richer team is not tied");
        assertEquals(List.of(List.of(new Roll(3, 5), new Roll(5, 2), new Roll(9, 5)), List.of(new Roll(3, 1), new Roll(9, 6))),
                outcome.tie().rollRounds(), "B dropped out after the first round");
    }

    @Test
    void nobodyContendingMeansNoOutcomeAndBadDiceAreNoticed() {
        assertTrue(ShuffleOrder.next(List.of(), DraftFixture.noDice()).isEmpty());
        assertThrows(IllegalStateException.class, () -> ShuffleOrder.next(List.of(B, D), dice(7, 1)));
    }
}
