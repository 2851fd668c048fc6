package gg.pickban.steam.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The leaderboard's avg_kda (docs/rules.md §7.6): a different rule from the MMR formula's KDA. */
class LeaguePlayerStatsTest {

    @Test
    void noDeathsMeansKillsPlusAssists() {
        assertEquals(15.5, LeaguePlayerStats.avgKda(10.5, 0, 5));
    }

    @Test
    void otherwiseTheRatioRoundedHalfEvenToTwoDecimals() {
        assertEquals(3.33, LeaguePlayerStats.avgKda(6, 3, 4));
        assertEquals(0.5, LeaguePlayerStats.avgKda(0.25, 1, 0.25));
        assertEquals(2.67, LeaguePlayerStats.avgKda(5, 3, 3));
        assertEquals(0.12, LeaguePlayerStats.avgKda(0.125, 1, 0), "exactly half: to the even neighbour");
        assertEquals(1.0, LeaguePlayerStats.avgKda(1.005, 1, 0), "the double nearest 1.005 lies just below the half");
    }
}
