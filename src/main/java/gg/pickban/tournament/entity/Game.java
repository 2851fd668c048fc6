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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/**
 * One match between two teams, with its place in the bracket (round, position, where winner and
 * loser go next) and, once played, its winner and linked Steam match id ({@code gameid}).
 */
@Entity
@Table(name = "game")
public class Game {

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
    private Tournament tournament;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "league_id")
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
    private Team radiantTeam;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dire_team_id")
    private Team direTeam;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "winning_team_id")
    private Team winningTeam;

    protected Game() {
    }

    public Game(Tournament tournament) {
        this.tournament = tournament;
    }

    /** Links a Steam match; a known winner also decides the game (steam.md §7 "Link"). */
    public void linkSteamMatch(long matchId, Team winner) {
        gameid = matchId;
        if (winner != null) {
            winningTeam = winner;
            status = "completed";
        }
    }

    /** The bracket modal's manual link sets the match id only; the winner stays as it was (steam.md §7.5). */
    public void attachSteamMatch(long matchId) {
        gameid = matchId;
    }

    /** No match, no winner, pending again (steam.md §7.5, D38). */
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

    public Long gameid() {
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
