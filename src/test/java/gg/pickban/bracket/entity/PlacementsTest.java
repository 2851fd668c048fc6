package gg.pickban.bracket.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The loser's placement by the game lost (docs/rules.md §6.3), with scenarios. */
class PlacementsTest {

    @Test
    void grandFinalsLoserIsSecond() {
        assertEquals(2, Placements.ofLoser("grand_finals", 1, 3));
    }

    @Test
    void losersBracketPlacesByDistanceFromItsLastRound() {
        assertEquals(3, Placements.ofLoser("losers", 2, 2), "rounds 1-2, loser of round 2");
        assertEquals(4, Placements.ofLoser("losers", 1, 3), "rounds 1-3, loser of round 1 (d = 2)");
        assertEquals(4, Placements.ofLoser("losers", 4, 5), "d = 1");
        assertEquals(5, Placements.ofLoser("losers", 2, 5), "d = 3");
        assertEquals(6, Placements.ofLoser("losers", 1, 5), "d = 4");
        assertEquals(8, Placements.ofLoser("losers", 1, 6), "d = 5");
        assertEquals(12, Placements.ofLoser("losers", 1, 7), "d = 6");
        assertEquals(3, Placements.ofLoser("losers", 1, null), "no losers games found");
    }

    @Test
    void winnersAndSwissGamesEliminateNobody() {
        assertNull(Placements.ofLoser("winners", 1, 3));
        assertNull(Placements.ofLoser("swiss", 1, 3));
    }
}
