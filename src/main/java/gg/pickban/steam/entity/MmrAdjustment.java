package gg.pickban.steam.entity;

import java.util.List;

/**
 * The league-MMR adjustment of docs/rules.md §7.5 for the stats rows of one league: a league baseline
 * (KDA of the mean averages, mean GPM) taken over the rows with enough games, then each row's
 * win, KDA and GPM factors against it. Double arithmetic in exactly the specified order; the raw
 * sum is truncated toward zero before the ±500 clamp.
 */
public final class MmrAdjustment {

    public static final int CAP = 500;
    private static final double DEFAULT_GPM = 400;

    /** The averages of one stats row that the formula reads. */
    public record Line(int gamesPlayed, double winRate, double avgKills, double avgDeaths, double avgAssists, double avgGpm) {
    }

    private final int minGames;
    private final double leagueKda;
    private final double leagueGpm;

    private MmrAdjustment(int minGames, double leagueKda, double leagueGpm) {
        this.minGames = minGames;
        this.leagueKda = leagueKda;
        this.leagueGpm = leagueGpm;
    }

    /** The baseline of a league from all its rows (in a stable order; the qualifying ones count). */
    public static MmrAdjustment of(List<Line> league, int minGames) {
        double kills = 0;
        double deaths = 0;
        double assists = 0;
        double gpm = 0;
        int qualifying = 0;
        for (Line line : league) {
            if (line.gamesPlayed() >= minGames) {
                kills += line.avgKills();
                deaths += line.avgDeaths();
                assists += line.avgAssists();
                gpm += line.avgGpm();
                qualifying++;
            }
        }
        double meanKills = qualifying == 0 ? 0 : kills / qualifying;
        double meanAssists = qualifying == 0 ? 0 : assists / qualifying;
        double meanDeaths = qualifying == 0 ? 1 : deaths / qualifying;
        double meanGpm = qualifying == 0 ? 0 : gpm / qualifying;
        double kda = (meanKills + meanAssists) / Math.max(meanDeaths, 1);
        return new MmrAdjustment(minGames, kda, meanGpm == 0 ? DEFAULT_GPM : meanGpm);
    }

    public int of(Line row) {
        if (row.gamesPlayed() < minGames) {
            return 0;
        }
        double winFactor = (row.winRate() - 0.5) * 200;
        double playerKda = (row.avgKills() + row.avgAssists()) / Math.max(row.avgDeaths(), 1);
        double kdaFactor = (playerKda - leagueKda) * 50;
        double gpmFactor = (row.avgGpm() - leagueGpm) * 0.5;
        double raw = winFactor + kdaFactor + gpmFactor;
        return Math.max(-CAP, Math.min(CAP, (int) raw));
    }

    public double leagueKda() {
        return leagueKda;
    }

    public double leagueGpm() {
        return leagueGpm;
    }

    /** League MMR: the self-reported MMR plus the best adjustment over all leagues; none without an MMR. */
    public static Integer leagueMmr(Integer mmr, Integer bestAdjustment) {
        if (mmr == null || mmr == 0) {
            return null;
        }
        return mmr + (bestAdjustment == null ? 0 : bestAdjustment);
    }
}
