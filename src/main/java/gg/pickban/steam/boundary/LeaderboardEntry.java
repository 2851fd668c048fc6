package gg.pickban.steam.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.steam.entity.LeaguePlayerStats;

/** One leaderboard row (docs/rules.md §7.6). */
public record LeaderboardEntry(
        long userId,
        String username,
        String avatar,
        Integer baseMmr,
        Integer leagueMmr,
        int mmrAdjustment,
        int gamesPlayed,
        double winRate,
        double avgKills,
        double avgDeaths,
        double avgAssists,
        double avgKda,
        double avgGpm,
        double avgXpm) {

    static LeaderboardEntry from(LeaguePlayerStats stats) {
        User user = stats.user();
        return new LeaderboardEntry(stats.userId(), user.username(), user.avatar(), user.mmr(), user.leagueMmr(),
                stats.mmrAdjustment(), stats.gamesPlayed(), stats.winRate(), stats.avgKills(), stats.avgDeaths(),
                stats.avgAssists(), stats.avgKda(), stats.avgGpm(), stats.avgXpm());
    }
}
