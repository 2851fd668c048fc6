package gg.pickban.steam.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Suggestion tiers (docs/rules.md §7.7): the first rule that holds. */
class SuggestionTierTest {

    @Test
    void tiersFromBestToWorst() {
        assertEquals(SuggestionTier.ALL_PLAYERS, SuggestionTier.of(10, false));
        assertEquals(SuggestionTier.CAPTAINS_PLUS, SuggestionTier.of(4, true), "both captains + 2");
        assertEquals(SuggestionTier.CAPTAINS_ONLY, SuggestionTier.of(2, true));
        assertEquals(SuggestionTier.PARTIAL, SuggestionTier.of(3, false), "one captain + 2");
        assertEquals(SuggestionTier.PARTIAL, SuggestionTier.of(0, false));
        assertEquals("Both Captains + Some Players", SuggestionTier.CAPTAINS_PLUS.display());
        assertEquals("captains_only", SuggestionTier.CAPTAINS_ONLY.key());
    }
}
