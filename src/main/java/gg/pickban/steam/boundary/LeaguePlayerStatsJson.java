package gg.pickban.steam.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.steam.entity.LeaguePlayerStats;
import java.time.Instant;

/** A user's stats in the configured league (docs/rules.md §7.4). */
public record LeaguePlayerStatsJson(
        long userId,
        String username,
        String avatar,
        Integer baseMmr,
        Integer leagueMmr,
        int leagueId,
        int gamesPlayed,
        int wins,
        int losses,
        double winRate,
        double avgKills,
        double avgDeaths,
        double avgAssists,
        double avgGpm,
        double avgXpm,
        int mmrAdjustment,
        Instant lastUpdated) {

    static LeaguePlayerStatsJson from(LeaguePlayerStats stats) {
        User user = stats.user();
        return new LeaguePlayerStatsJson(stats.userId(), user.username(), user.avatar(), user.mmr(), user.leagueMmr(),
                stats.leagueId(), stats.gamesPlayed(), stats.wins(), stats.losses(), stats.winRate(), stats.avgKills(),
                stats.avgDeaths(), stats.avgAssists(), stats.avgGpm(), stats.avgXpm(), stats.mmrAdjustment(),
                stats.lastUpdated());
    }
}
