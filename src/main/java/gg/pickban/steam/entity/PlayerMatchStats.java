package gg.pickban.steam.entity;

import gg.pickban.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One player's line in a stored match, by Steam64 id, and the user with that Steam id once known
 * (docs/rules.md §7.3, §7.7). Only linked rows count for league stats.
 */
@Entity
@Table(name = "steam_player_stats")
public class PlayerMatchStats {

    @Id
    @SequenceGenerator(name = "steam_player_stats_seq", sequenceName = "steam_player_stats_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "steam_player_stats_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "match_id")
    private SteamMatch match;

    @Column(name = "steam_id", nullable = false)
    private long steamId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "player_slot", nullable = false)
    private int playerSlot;

    @Column(name = "hero_id", nullable = false)
    private int heroId;

    @Column(nullable = false)
    private int kills;

    @Column(nullable = false)
    private int deaths;

    @Column(nullable = false)
    private int assists;

    @Column(name = "gold_per_min", nullable = false)
    private int goldPerMin;

    @Column(name = "xp_per_min", nullable = false)
    private int xpPerMin;

    @Column(name = "last_hits", nullable = false)
    private int lastHits;

    @Column(nullable = false)
    private int denies;

    @Column(name = "hero_damage", nullable = false)
    private int heroDamage;

    @Column(name = "tower_damage", nullable = false)
    private int towerDamage;

    @Column(name = "hero_healing", nullable = false)
    private int heroHealing;

    protected PlayerMatchStats() {
    }

    PlayerMatchStats(SteamMatch match, long steamId) {
        this.match = match;
        this.steamId = steamId;
    }

    void record(PlayerPerformance line) {
        playerSlot = line.playerSlot();
        heroId = line.heroId();
        kills = line.kills();
        deaths = line.deaths();
        assists = line.assists();
        goldPerMin = line.goldPerMin();
        xpPerMin = line.xpPerMin();
        lastHits = line.lastHits();
        denies = line.denies();
        heroDamage = line.heroDamage();
        towerDamage = line.towerDamage();
        heroHealing = line.heroHealing();
    }

    /** Links the row to the user holding its Steam id; a row already linked is left alone (docs/rules.md §7.7). */
    public boolean linkTo(User owner) {
        if (user != null || owner == null || owner.steamid() == null || owner.steamid() != steamId) {
            return false;
        }
        user = owner;
        return true;
    }

    public PlayerPerformance performance() {
        return new PlayerPerformance(steamId, playerSlot, heroId, kills, deaths, assists, goldPerMin, xpPerMin,
                lastHits, denies, heroDamage, towerDamage, heroHealing);
    }

    public boolean isRadiant() {
        return playerSlot < 128;
    }

    public Long id() {
        return id;
    }

    public SteamMatch match() {
        return match;
    }

    public long steamId() {
        return steamId;
    }

    public User user() {
        return user;
    }

    public int playerSlot() {
        return playerSlot;
    }

    public int heroId() {
        return heroId;
    }
}
