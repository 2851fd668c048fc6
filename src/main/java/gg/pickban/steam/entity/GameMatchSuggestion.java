package gg.pickban.steam.entity;

import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;
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
import java.time.Instant;

/**
 * A stored candidate pairing of a Steam match with a tournament game (docs/rules.md §7.7): made by the
 * per-match check after a sync and by auto-link, confirmed or dismissed by staff.
 */
@Entity
@Table(name = "steam_game_match_suggestion")
@NamedQuery(name = GameMatchSuggestion.OF_TOURNAMENT, query = "SELECT s FROM GameMatchSuggestion s"
        + " WHERE s.tournament.id = :tournament ORDER BY s.confidenceScore DESC, s.id")
@NamedQuery(name = GameMatchSuggestion.OF_GAME, query = "SELECT s FROM GameMatchSuggestion s"
        + " WHERE s.game.id = :game ORDER BY s.confidenceScore DESC, s.id")
@NamedQuery(name = GameMatchSuggestion.EXISTS, query = "SELECT COUNT(s) FROM GameMatchSuggestion s"
        + " WHERE s.game.id = :game AND s.match.matchId = :match")
public class GameMatchSuggestion {

    public static final String OF_TOURNAMENT = "GameMatchSuggestion.ofTournament";
    public static final String OF_GAME = "GameMatchSuggestion.ofGame";
    public static final String EXISTS = "GameMatchSuggestion.exists";

    @Id
    @SequenceGenerator(name = "steam_suggestion_seq", sequenceName = "steam_suggestion_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "steam_suggestion_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id")
    private Game game;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "match_id")
    private SteamMatch match;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tournament_id")
    private Tournament tournament;

    @Column(name = "confidence_score", nullable = false)
    private double confidenceScore;

    @Column(name = "player_overlap", nullable = false)
    private int playerOverlap;

    @Column(name = "suggestion_tier", nullable = false)
    private String suggestionTier = SuggestionTier.PARTIAL.key();

    @Column(name = "auto_linked", nullable = false)
    private boolean autoLinked;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GameMatchSuggestion() {
    }

    /** Confidence is the overlap out of ten players. */
    public GameMatchSuggestion(Game game, SteamMatch match, int overlap, SuggestionTier tier, boolean autoLinked, Instant now) {
        this.game = game;
        this.match = match;
        this.tournament = game.tournament();
        this.playerOverlap = overlap;
        this.confidenceScore = overlap / 10.0;
        this.suggestionTier = tier.key();
        this.autoLinked = autoLinked;
        this.createdAt = now;
    }

    /** Only a match of all ten players links by itself. */
    public static boolean isCertain(int overlap) {
        return overlap / 10.0 == 1.0;
    }

    public void confirm() {
        autoLinked = true;
    }

    public Long id() {
        return id;
    }

    public Game game() {
        return game;
    }

    public SteamMatch match() {
        return match;
    }

    public Tournament tournament() {
        return tournament;
    }

    public double confidenceScore() {
        return confidenceScore;
    }

    public int playerOverlap() {
        return playerOverlap;
    }

    public String suggestionTier() {
        return suggestionTier;
    }

    public boolean isAutoLinked() {
        return autoLinked;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
