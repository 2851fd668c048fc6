package gg.pickban.steam.entity;

import gg.pickban.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's totals and averages over the linked match rows of one Steam league, and the league-MMR
 * adjustment they earn there (docs/rules.md §7.4, §7.5). Written only by the set-based league recompute.
 */
@Entity
@Table(name = "steam_league_player_stats")
@IdClass(LeaguePlayerStats.Key.class)
public class LeaguePlayerStats {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "league_id")
    private int leagueId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", insertable = false, updatable = false)
    private User user;

    @Column(name = "games_played")
    private int gamesPlayed;

    private int wins;

    private int losses;

    @Column(name = "win_rate")
    private double winRate;

    @Column(name = "avg_kills")
    private double avgKills;

    @Column(name = "avg_deaths")
    private double avgDeaths;

    @Column(name = "avg_assists")
    private double avgAssists;

    @Column(name = "avg_gpm")
    private double avgGpm;

    @Column(name = "avg_xpm")
    private double avgXpm;

    @Column(name = "mmr_adjustment")
    private int mmrAdjustment;

    @Column(name = "last_updated")
    private Instant lastUpdated;

    protected LeaguePlayerStats() {
    }

    /**
     * The leaderboard's KDA (docs/rules.md §7.6), a different rule from the MMR formula's: kills plus
     * assists when there are exactly no deaths, else the ratio rounded half-even to 2 decimals.
     */
    public double avgKda() {
        return avgKda(avgKills, avgDeaths, avgAssists);
    }

    public static double avgKda(double avgKills, double avgDeaths, double avgAssists) {
        if (avgDeaths == 0) {
            return avgKills + avgAssists;
        }
        return new BigDecimal((avgKills + avgAssists) / avgDeaths).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    public long userId() {
        return userId;
    }

    public int leagueId() {
        return leagueId;
    }

    public User user() {
        return user;
    }

    public int gamesPlayed() {
        return gamesPlayed;
    }

    public int wins() {
        return wins;
    }

    public int losses() {
        return losses;
    }

    public double winRate() {
        return winRate;
    }

    public double avgKills() {
        return avgKills;
    }

    public double avgDeaths() {
        return avgDeaths;
    }

    public double avgAssists() {
        return avgAssists;
    }

    public double avgGpm() {
        return avgGpm;
    }

    public double avgXpm() {
        return avgXpm;
    }

    public int mmrAdjustment() {
        return mmrAdjustment;
    }

    public Instant lastUpdated() {
        return lastUpdated;
    }

    /** The composite key: one row per user and Steam league. */
    public static class Key implements Serializable {

        private long userId;
        private int leagueId;

        public Key() {
        }

        public Key(long userId, int leagueId) {
            this.userId = userId;
            this.leagueId = leagueId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.userId == userId && key.leagueId == leagueId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, leagueId);
        }
    }
}
