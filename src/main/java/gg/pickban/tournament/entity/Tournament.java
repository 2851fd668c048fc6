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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A tournament: its registered players ({@code users}), the teams they form and the games those
 * teams play. Its Steam league id follows its league (docs/decisions.md D58). Replacing the players takes the
 * departed ones out of the teams (docs/rules.md §3.3); the teams that fall apart are handed back for
 * deletion.
 */
@Entity
@Table(name = "tournament")
@NamedQuery(name = Tournament.BY_PK, query = "SELECT t FROM Tournament t ORDER BY t.id")
@NamedQuery(name = Tournament.WINNER_ELSEWHERE,
        query = "SELECT COUNT(t) FROM Tournament t WHERE t.winningTeam.id = :team AND t.id <> :tournament")
public class Tournament {

    public static final String BY_PK = "Tournament.byPk";
    public static final String WINNER_ELSEWHERE = "Tournament.winnerElsewhere";
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
    @BatchFetch(BatchFetchType.IN)
    private League league;

    @Column(name = "steam_league_id", nullable = false)
    private int steamLeagueId;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "winning_team_id")
    @BatchFetch(BatchFetchType.IN)
    private Team winningTeam;

    @ManyToMany
    @JoinTable(name = "tournament_users", joinColumns = @JoinColumn(name = "tournament_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private Set<User> users = new LinkedHashSet<>();

    @OneToMany(mappedBy = "tournament")
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private List<Team> teams = new ArrayList<>();

    @OneToMany(mappedBy = "tournament")
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
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

    /** docs/decisions.md D58: a tournament with a league uses that league's Steam league id, else the configured default. */
    public void moveToLeague(League newLeague, int defaultSteamLeagueId) {
        this.league = newLeague;
        this.steamLeagueId = newLeague != null ? newLeague.steamLeagueId() : defaultSteamLeagueId;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void reschedule(Instant datePlayed) {
        this.datePlayed = datePlayed;
    }

    /** Informational only: it never changes how {@code date_played} is read (docs/api.md §2, scalars). */
    public void changeTimezone(String timezone) {
        this.timezone = timezone;
    }

    /** Editors move the state freely; Pickban never changes it by itself (docs/rules.md §3.2). */
    public void changeState(String state) {
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("unknown tournament state " + state);
        }
        this.state = state;
    }

    /** A free string: the frontend uses single_elimination, double_elimination and swiss. */
    public void changeType(String tournamentType) {
        this.tournamentType = tournamentType;
    }

    /** The winner; uniqueness across tournaments is the database's (and the editor's) check. */
    public void declareWinner(Team team) {
        this.winningTeam = team;
    }

    /** On creation: the first set of players, without side effects. */
    public void registerPlayers(Collection<User> players) {
        users.clear();
        users.addAll(players);
    }

    /**
     * docs/rules.md §3.3, in its order: teams captained by a departing player go first (with their
     * games), then the player set becomes exactly {@code players}, then the departed leave every
     * remaining team one team at a time under the membership rules of docs/rules.md §3.3. Returns what must be
     * deleted; it is already gone from this tournament.
     */
    public Disbanded replacePlayers(Collection<User> players) {
        Set<Long> keep = players.stream().map(User::id).collect(Collectors.toSet());
        List<User> departed = users.stream().filter(user -> !keep.contains(user.id())).toList();
        Set<Long> departedIds = departed.stream().map(User::id).collect(Collectors.toSet());
        Disbanded disbanded = Disbanded.NOTHING;
        for (Team team : List.copyOf(teams)) {
            if (team.captain() != null && departedIds.contains(team.captain().id())) {
                disbanded = disbanded.and(disband(team));
            }
        }
        users.clear();
        users.addAll(players);
        if (departed.isEmpty()) {
            return disbanded;
        }
        for (Team team : List.copyOf(teams)) {
            if (team.removeMembers(departed) == Team.Remaining.NOBODY) {
                disbanded = disbanded.and(disband(team));
            }
        }
        return disbanded;
    }

    /**
     * Takes a team out of this tournament together with every game of the tournament that
     * references it (docs/rules.md §3.1: a game goes with any of its teams); a winner it was is cleared.
     */
    public Disbanded disband(Team team) {
        teams.removeIf(t -> t == team);
        List<Game> gone = games.stream().filter(game -> game.involves(team)).toList();
        games.removeAll(gone);
        if (winningTeam == team) {
            winningTeam = null;
        }
        return new Disbanded(List.of(team), gone);
    }

    /** Players who captain one of this tournament's teams, by user pk (docs/rules.md §4.1). */
    public List<User> captains() {
        Set<Long> captainIds = teams.stream().map(Team::captain).filter(c -> c != null).map(User::id)
                .collect(Collectors.toSet());
        return users.stream().filter(user -> captainIds.contains(user.id()))
                .sorted(Comparator.comparing(User::id)).toList();
    }

    public boolean hasPlayer(User user) {
        return user != null && users.stream().anyMatch(u -> u.id().equals(user.id()));
    }

    void enlist(Team team) {
        if (!teams.contains(team)) {
            teams.add(team);
        }
    }

    void delist(Team team) {
        teams.remove(team);
    }

    void schedule(Game game) {
        if (!games.contains(game)) {
            games.add(game);
        }
    }

    void unschedule(Game game) {
        games.remove(game);
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
        return Collections.unmodifiableSet(users);
    }

    public List<Team> teams() {
        return Collections.unmodifiableList(teams);
    }

    public List<Game> games() {
        return Collections.unmodifiableList(games);
    }
}
