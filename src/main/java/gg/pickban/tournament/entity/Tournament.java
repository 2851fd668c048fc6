package gg.pickban.tournament.entity;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A tournament: its registered players ({@code users}), the teams they form and the games those
 * teams play. Its Steam league id follows its league (D58).
 */
@Entity
@Table(name = "tournament")
public class Tournament {

    public static final List<String> STATES = List.of("future", "in_progress", "past");

    @Id
    @SequenceGenerator(name = "tournament_seq", sequenceName = "tournament_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tournament_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "date_played", nullable = false)
    private Instant datePlayed;

    @Column(nullable = false)
    private String timezone = "UTC";

    @Column(nullable = false)
    private String state = "future";

    @Column(name = "tournament_type", nullable = false)
    private String tournamentType = "double_elimination";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "league_id")
    private League league;

    @Column(name = "steam_league_id", nullable = false)
    private int steamLeagueId;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "winning_team_id")
    private Team winningTeam;

    @ManyToMany
    @JoinTable(name = "tournament_users", joinColumns = @JoinColumn(name = "tournament_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("id")
    private Set<User> users = new LinkedHashSet<>();

    @OneToMany(mappedBy = "tournament")
    @OrderBy("id")
    private List<Team> teams = new ArrayList<>();

    @OneToMany(mappedBy = "tournament")
    @OrderBy("id")
    private List<Game> games = new ArrayList<>();

    @Version
    private long version;

    protected Tournament() {
    }

    public Tournament(String name, Instant datePlayed, String tournamentType, int defaultSteamLeagueId) {
        this.name = name;
        this.datePlayed = datePlayed;
        this.tournamentType = tournamentType;
        this.steamLeagueId = defaultSteamLeagueId;
    }

    /** D58: a tournament with a league uses that league's Steam league id, else the configured default. */
    public void moveToLeague(League newLeague, int defaultSteamLeagueId) {
        this.league = newLeague;
        this.steamLeagueId = newLeague != null ? newLeague.steamLeagueId() : defaultSteamLeagueId;
    }

    public boolean hasPlayer(User user) {
        return user != null && users.stream().anyMatch(u -> u.id().equals(user.id()));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant datePlayed() {
        return datePlayed;
    }

    public String timezone() {
        return timezone;
    }

    public String state() {
        return state;
    }

    public String tournamentType() {
        return tournamentType;
    }

    public League league() {
        return league;
    }

    public int steamLeagueId() {
        return steamLeagueId;
    }

    public Team winningTeam() {
        return winningTeam;
    }

    public Set<User> users() {
        return users;
    }

    public List<Team> teams() {
        return teams;
    }

    public List<Game> games() {
        return games;
    }
}
