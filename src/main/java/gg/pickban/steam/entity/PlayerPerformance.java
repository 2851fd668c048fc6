package gg.pickban.steam.entity;

/** One (non-anonymous) player's line of a Steam match, keyed by Steam64 id (docs/rules.md §7.1). */
public record PlayerPerformance(
        long steamId,
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

    /** Slots 0–4 are radiant, 128–132 dire. */
    public boolean isRadiant() {
        return playerSlot < 128;
    }
}
