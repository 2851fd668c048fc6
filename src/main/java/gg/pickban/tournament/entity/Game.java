package gg.pickban.tournament.entity;

import gg.pickban.league.entity.League;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One match between two teams, with its place in the bracket (round, position, where winner and
 * loser go next) and, once played, its winner and linked Steam match id ({@code gameid}). A game
 * goes when any of its three teams goes (docs/rules.md §3.1).
 */
@Entity
@Table(name = "game")
@NamedQuery(name = Game.BY_PK, query = "SELECT g FROM Game g ORDER BY g.id")
@NamedQuery(name = Game.OF_TEAM, query = "SELECT g FROM Game g WHERE g.radiantTeam = :team OR g.direTeam = :team"
        + " OR g.winningTeam = :team ORDER BY g.id")
public class Game {

    public static final String BY_PK = "Game.byPk";
    public static final String OF_TEAM = "Game.ofTeam";

    public static final List<String> BRACKET_TYPES = List.of("winners", "losers", "grand_finals", "swiss");
    public static final List<String> ELIMINATION_TYPES = List.of("single", "double", "swiss");
    public static final List<String> STATUSES = List.of("pending", "live", "completed");
    public static final List<String> SLOTS = List.of("radiant", "dire");

    @Id
    @SequenceGenerator(name = "game_seq", sequenceName = "game_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "game_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tournament_id")
    @BatchFetch(BatchFetchType.IN)
    private Tournament tournament;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "league_id")
    @BatchFetch(BatchFetchType.IN)
    private League league;

    @Column(nullable = false)
    private int round = 1;

    @Column(name = "bracket_type", nullable = false)
    private String bracketType = "winners";

    @Column(name = "elimination_type", nullable = false)
    private String eliminationType = "double";

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "next_game_id")
    private Game nextGame;

    @Column(name = "next_game_slot")
    private String nextGameSlot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "loser_next_game_id")
    private Game loserNextGame;

    @Column(name = "loser_next_game_slot")
    private String loserNextGameSlot;

    @Column(name = "swiss_record_wins", nullable = false)
    private int swissRecordWins;

    @Column(name = "swiss_record_losses", nullable = false)
    private int swissRecordLosses;

    @Column(nullable = false)
    private String status = "pending";

    private Long gameid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "radiant_team_id")
    @BatchFetch(BatchFetchType.IN)
    private Team radiantTeam;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dire_team_id")
    @BatchFetch(BatchFetchType.IN)
    private Team direTeam;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "winning_team_id")
    @BatchFetch(BatchFetchType.IN)
    private Team winningTeam;

    protected Game() {
    }

    public Game(Tournament tournament) {
        moveTo(tournament);
    }

    /** Keeps the tournament's game list in step with the game's own link. */
    public void moveTo(Tournament newTournament) {
        if (tournament != null) {
            tournament.unschedule(this);
        }
        tournament = newTournament;
        if (newTournament != null) {
            newTournament.schedule(this);
        }
    }

    /** docs/decisions.md D7: the radiant team goes into the radiant slot. */
    public void assignRadiant(Team team) {
        this.radiantTeam = team;
    }

    public void assignDire(Team team) {
        this.direTeam = team;
    }

    public void declareWinner(Team team) {
        this.winningTeam = team;
    }

    /**
     * Records the Steam match this game was played as, and nothing else: the winner stays as it was (a
     * staff edit, or the bracket modal's manual link: docs/rules.md §7.7); null forgets the match.
     */
    public void recordSteamMatch(Long steamMatchId) {
        this.gameid = steamMatchId;
    }

    public void moveToRound(int round) {
        this.round = round;
    }

    /** Where the game sits in its bracket (docs/rules.md §6.1 step 2); the Steam link is not the bracket's. */
    public void placeInBracket(int round, int position, String bracketType, String eliminationType, String status,
            int swissRecordWins, int swissRecordLosses) {
        this.round = round;
        this.position = position;
        this.bracketType = bracketType;
        this.eliminationType = eliminationType;
        this.status = status;
        this.swissRecordWins = swissRecordWins;
        this.swissRecordLosses = swissRecordLosses;
    }

    public void routeWinnerTo(Game next, String slot) {
        this.nextGame = next;
        this.nextGameSlot = next == null ? null : slot;
    }

    public void routeLoserTo(Game next, String slot) {
        this.loserNextGame = next;
        this.loserNextGameSlot = next == null ? null : slot;
    }

    /** The team in the {@code radiant} or {@code dire} slot. */
    public Team teamIn(String slot) {
        return "radiant".equals(slot) ? radiantTeam : "dire".equals(slot) ? direTeam : null;
    }

    public void seat(String slot, Team team) {
        if ("radiant".equals(slot)) {
            radiantTeam = team;
        } else if ("dire".equals(slot)) {
            direTeam = team;
        }
    }

    /** The team in {@code winnerSlot} wins and the game is over; answers the loser (may be null). */
    public Team complete(String winnerSlot) {
        winningTeam = teamIn(winnerSlot);
        status = "completed";
        return teamIn("radiant".equals(winnerSlot) ? "dire" : "radiant");
    }

    public boolean involves(Team team) {
        return team != null && (radiantTeam == team || direTeam == team || winningTeam == team);
    }

    /** The league sync found the Steam match this game was played as; a known winner also decides the game (docs/rules.md §7.7). */
    public void playedAs(long matchId, Team winner) {
        gameid = matchId;
        if (winner != null) {
            winningTeam = winner;
            status = "completed";
        }
    }

    /** No match, no winner, pending again (docs/decisions.md D38). */
    public void unlinkSteamMatch() {
        gameid = null;
        winningTeam = null;
        status = "pending";
    }

    public Long id() {
        return id;
    }

    public Tournament tournament() {
        return tournament;
    }

    public League league() {
        return league;
    }

    public int round() {
        return round;
    }

    public String bracketType() {
        return bracketType;
    }

    public String eliminationType() {
        return eliminationType;
    }

    public int position() {
        return position;
    }

    public Game nextGame() {
        return nextGame;
    }

    public String nextGameSlot() {
        return nextGameSlot;
    }

    public Game loserNextGame() {
        return loserNextGame;
    }

    public String loserNextGameSlot() {
        return loserNextGameSlot;
    }

    public int swissRecordWins() {
        return swissRecordWins;
    }

    public int swissRecordLosses() {
        return swissRecordLosses;
    }

    public String status() {
        return status;
    }

    /** The Steam match id this game was played as (the wire's {@code gameid}); null while unlinked. */
    public Long steamMatchId() {
        return gameid;
    }

    public Team radiantTeam() {
        return radiantTeam;
    }

    public Team direTeam() {
        return direTeam;
    }

    public Team winningTeam() {
        return winningTeam;
    }
}
