package gg.pickban.steam.boundary;

import gg.pickban.steam.entity.GameMatchSuggestion;
import java.time.Instant;

/** A stored match suggestion as staff list it (docs/rules.md §7.7). */
public record StoredSuggestion(long id, long gameId, long matchId, Long tournamentId, double confidenceScore, int playerOverlap,
        boolean autoLinked, Instant createdAt) {

    static StoredSuggestion from(GameMatchSuggestion suggestion) {
        return new StoredSuggestion(suggestion.id(), suggestion.game().id(), suggestion.match().matchId(),
                suggestion.tournament() == null ? null : suggestion.tournament().id(), suggestion.confidenceScore(),
                suggestion.playerOverlap(), suggestion.isAutoLinked(), suggestion.createdAt());
    }
}
