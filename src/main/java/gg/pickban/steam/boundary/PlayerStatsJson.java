package gg.pickban.steam.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.steam.entity.PlayerMatchStats;
import gg.pickban.steam.entity.PlayerPerformance;

/** One player of a match: every key always present, the frontend parses strictly. */
public record PlayerStatsJson(
        long steamId,
        String username,
        int playerSlot,
        int heroId,
        int kills,
        int deaths,
        int assists,
        int goldPerMin,
        int xpPerMin,
        int lastHits,
        int denies,
        int heroDamage,
        int towerDamage,
        int heroHealing) {

    static PlayerStatsJson from(PlayerMatchStats row) {
        PlayerPerformance p = row.performance();
        User user = row.user();
        return new PlayerStatsJson(p.steamId(), user == null ? null : user.username(), p.playerSlot(), p.heroId(), p.kills(),
                p.deaths(), p.assists(), p.goldPerMin(), p.xpPerMin(), p.lastHits(), p.denies(), p.heroDamage(),
                p.towerDamage(), p.heroHealing());
    }
}
