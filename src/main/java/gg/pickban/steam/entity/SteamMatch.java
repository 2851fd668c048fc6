package gg.pickban.steam.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Dota 2 match imported from Steam, with its players' lines. Storing the same match again
 * overwrites it in place, so processing is idempotent (docs/rules.md §7.3).
 */
@Entity
@Table(name = "steam_match")
public class SteamMatch {

    @Id
    @Column(name = "match_id")
    private long matchId;

    @Column(name = "radiant_win", nullable = false)
    private boolean radiantWin;

    @Column(nullable = false)
    private int duration;

    @Column(name = "start_time", nullable = false)
    private long startTime;

    @Column(name = "game_mode", nullable = false)
    private int gameMode;

    @Column(name = "lobby_type", nullable = false)
    private int lobbyType;

    @Column(name = "league_id")
    private Integer leagueId;

    @OneToMany(mappedBy = "match", cascade = CascadeType.PERSIST)
    @OrderBy("playerSlot, steamId")
    private List<PlayerMatchStats> players = new ArrayList<>();

    protected SteamMatch() {
    }

    public SteamMatch(long matchId) {
        this.matchId = matchId;
    }

    /**
     * Takes Steam's facts. The league is the one being synced, never read from the payload; without
     * one (a single-match fetch) a stored league stays (docs/decisions.md D57).
     */
    public void record(MatchDetails details, Integer syncedLeagueId) {
        radiantWin = details.radiantWin();
        duration = details.duration();
        startTime = details.startTime();
        gameMode = details.gameMode();
        lobbyType = details.lobbyType();
        if (syncedLeagueId != null) {
            leagueId = syncedLeagueId;
        }
    }

    /** The player's row, updated in place or added. */
    public PlayerMatchStats recordPlayer(PlayerPerformance line) {
        PlayerMatchStats row = player(line.steamId()).orElseGet(() -> {
            PlayerMatchStats added = new PlayerMatchStats(this, line.steamId());
            players.add(added);
            return added;
        });
        row.record(line);
        return row;
    }

    /** Steam64 ids of everyone in the match (anonymous players were never stored). */
    public Set<Long> playerIds() {
        return players.stream().map(PlayerMatchStats::steamId).collect(Collectors.toSet());
    }

    public Set<Long> radiantIds() {
        return players.stream().filter(PlayerMatchStats::isRadiant).map(PlayerMatchStats::steamId).collect(Collectors.toSet());
    }

    public Set<Long> direIds() {
        return players.stream().filter(p -> !p.isRadiant()).map(PlayerMatchStats::steamId).collect(Collectors.toSet());
    }

    public Optional<PlayerMatchStats> player(long steamId) {
        return players.stream().filter(p -> p.steamId() == steamId).findFirst();
    }

    public long matchId() {
        return matchId;
    }

    public boolean radiantWin() {
        return radiantWin;
    }

    public int duration() {
        return duration;
    }

    public long startTime() {
        return startTime;
    }

    public int gameMode() {
        return gameMode;
    }

    public int lobbyType() {
        return lobbyType;
    }

    public Integer leagueId() {
        return leagueId;
    }

    /** By slot: radiant 0–4 first, then dire 128–132. */
    public List<PlayerMatchStats> players() {
        return players;
    }
}
