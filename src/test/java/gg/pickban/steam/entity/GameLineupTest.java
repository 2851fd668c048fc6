package gg.pickban.steam.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/rules.md §7.7: overlap, tiers and the winner of a game from a match's sides. */
class GameLineupTest {

    private final GameLineup lineup = new GameLineup(Set.of(1L, 2L, 3L, 4L, 5L), Set.of(6L, 7L, 8L, 9L, 10L), 1L, 6L);

    @Test
    void overlapCountsTheMatchPlayersOfEitherTeam() {
        assertEquals(10, lineup.overlap(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L)));
        assertEquals(3, lineup.overlap(Set.of(1L, 7L, 8L, 42L)));
        assertEquals(SuggestionTier.CAPTAINS_PLUS, lineup.tier(Set.of(1L, 6L, 2L, 7L)));
        assertEquals(SuggestionTier.CAPTAINS_ONLY, lineup.tier(Set.of(1L, 6L)));
        assertEquals(SuggestionTier.PARTIAL, lineup.tier(Set.of(1L, 2L, 3L)));
    }

    @Test
    void teamsOnTheirSidesWinWithTheirSide() {
        assertEquals(Optional.of(GameLineup.Winner.RADIANT_TEAM), lineup.winner(Set.of(1L, 2L), Set.of(6L), true));
        assertEquals(Optional.of(GameLineup.Winner.DIRE_TEAM), lineup.winner(Set.of(1L, 2L), Set.of(6L), false));
    }

    @Test
    void swappedTeamsWinWithTheOtherSide() {
        assertEquals(Optional.of(GameLineup.Winner.DIRE_TEAM), lineup.winner(Set.of(6L, 7L, 8L), Set.of(1L, 2L, 3L), true));
        assertEquals(Optional.of(GameLineup.Winner.RADIANT_TEAM), lineup.winner(Set.of(6L, 7L, 8L), Set.of(1L, 2L, 3L), false));
    }

    @Test
    void aTieCountsAsOnTheirSidesAndNobodyKnownIsUnknown() {
        assertEquals(Optional.of(GameLineup.Winner.RADIANT_TEAM), lineup.winner(Set.of(1L, 6L), Set.of(), true));
        assertEquals(Optional.empty(), lineup.winner(Set.of(42L), Set.of(43L), true));
    }
}
