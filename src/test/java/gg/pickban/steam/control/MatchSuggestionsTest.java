package gg.pickban.steam.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.steam.entity.SuggestionTier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Match suggestions: overlap descending, then tier, then newest, sorted before the cut to 50 (docs/decisions.md D40). */
class MatchSuggestionsTest {

    @Test
    void rankingOrder() {
        MatchSuggestions.Score partialNew = new MatchSuggestions.Score(1, 300, 4, SuggestionTier.PARTIAL);
        MatchSuggestions.Score captainsOld = new MatchSuggestions.Score(2, 100, 4, SuggestionTier.CAPTAINS_PLUS);
        MatchSuggestions.Score captainsNew = new MatchSuggestions.Score(3, 200, 4, SuggestionTier.CAPTAINS_PLUS);
        MatchSuggestions.Score all = new MatchSuggestions.Score(4, 50, 10, SuggestionTier.ALL_PLAYERS);
        MatchSuggestions.Score none = new MatchSuggestions.Score(5, 999, 0, SuggestionTier.PARTIAL);
        assertEquals(List.of(all, captainsNew, captainsOld, partialNew, none),
                List.of(none, partialNew, captainsOld, all, captainsNew).stream().sorted(MatchSuggestions.RANKING).toList());
    }
}
