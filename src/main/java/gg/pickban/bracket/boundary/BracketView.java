package gg.pickban.bracket.boundary;

import gg.pickban.tournament.control.NestedDrafts;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code {"tournamentId", "matches"}}: every game of the tournament by bracket type (alphabetically),
 * round, position, pk (docs/rules.md §6).
 */
public record BracketView(@JsonbProperty("tournamentId") long tournamentId, List<BracketGame> matches) {

    private static final Comparator<Game> ORDER = Comparator.comparing(Game::bracketType).thenComparingInt(Game::round)
            .thenComparingInt(Game::position).thenComparing(Game::id);

    public static BracketView of(Tournament tournament, NestedDrafts drafts) {
        Map<Long, Long> heroDraftIds = drafts.heroDraftIdsOf(tournament.games());
        return new BracketView(tournament.id(),
                tournament.games().stream().sorted(ORDER).map(game -> BracketGame.from(game, heroDraftIds)).toList());
    }
}
