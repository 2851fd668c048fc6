package gg.pickban.steam.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/rules.md §7.5, with MIN_GAMES 5. */
class MmrAdjustmentTest {

    private static MmrAdjustment.Line line(int games, int wins, double kills, double deaths, double assists, double gpm) {
        return new MmrAdjustment.Line(games, (double) wins / games, kills, deaths, assists, gpm);
    }

    @Test
    void twoQualifyingPlayersAndOneWithTooFewGames() {
        MmrAdjustment.Line p1 = line(10, 6, 8, 4, 10, 500);
        MmrAdjustment.Line p2 = line(10, 4, 4, 6, 8, 400);
        MmrAdjustment.Line p3 = line(3, 3, 20, 1, 20, 900);
        MmrAdjustment league = MmrAdjustment.of(List.of(p1, p2, p3), 5);
        assertEquals(3.0, league.leagueKda());
        assertEquals(450.0, league.leagueGpm());
        assertEquals(120, league.of(p1));
        assertEquals(-95, league.of(p2));
        assertEquals(0, league.of(p3));
    }

    @Test
    void aLonePlayerComparesWithItselfAndTruncatesTowardZero() {
        MmrAdjustment.Line winner = line(20, 14, 10, 4, 12, 550);
        assertEquals(39.99999999999999, (winner.winRate() - 0.5) * 200);
        assertEquals(39, MmrAdjustment.of(List.of(winner), 5).of(winner), "70 % is 39, not 40");
        MmrAdjustment.Line loser = line(20, 6, 3, 9, 5, 350);
        assertEquals(-40, MmrAdjustment.of(List.of(loser), 5).of(loser));
    }

    @Test
    void theAdjustmentIsCappedAtFiveHundred() {
        MmrAdjustment.Line baseline = line(20, 10, 5, 5, 5, 400);
        MmrAdjustment.Line star = line(50, 50, 20, 1, 15, 800);
        MmrAdjustment league = MmrAdjustment.of(List.of(baseline, star), 5);
        assertEquals(7.5, league.leagueKda());
        assertEquals(600.0, league.leagueGpm());
        assertEquals(500, league.of(star));
        assertEquals(-375, league.of(baseline));
    }

    @Test
    void withoutQualifyingRowsTheBaselineIsZeroKdaAndFourHundredGpm() {
        MmrAdjustment league = MmrAdjustment.of(List.of(line(2, 1, 5, 5, 5, 300)), 5);
        assertEquals(0.0, league.leagueKda());
        assertEquals(400.0, league.leagueGpm());
    }

    @Test
    void averageDeathsBelowOneCountAsOne() {
        MmrAdjustment.Line deathless = line(10, 5, 6, 0, 4, 400);
        MmrAdjustment.Line other = line(10, 5, 2, 1, 2, 400);
        MmrAdjustment league = MmrAdjustment.of(List.of(deathless, other), 5);
        assertEquals(7.0, league.leagueKda(), "means 4 / 0.5 / 3: (4 + 3) / max(0.5, 1)");
        assertEquals(150, league.of(deathless), "own KDA (6 + 4) / max(0, 1) = 10: (10 - 7) * 50");
    }

    @Test
    void leagueMmrIsTheReportedMmrPlusTheBestAdjustment() {
        assertEquals(4200, MmrAdjustment.leagueMmr(4000, 200));
        assertEquals(4000, MmrAdjustment.leagueMmr(4000, null));
        assertNull(MmrAdjustment.leagueMmr(null, 200));
        assertNull(MmrAdjustment.leagueMmr(0, 200));
    }
}
