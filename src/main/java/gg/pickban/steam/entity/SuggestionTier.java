package gg.pickban.steam.entity;

/** How well a Steam match fits a game, best first (docs/rules.md §7.7); the first rule that holds wins. */
public enum SuggestionTier {

    ALL_PLAYERS("all_players", "All Players Match"),
    CAPTAINS_PLUS("captains_plus", "Both Captains + Some Players"),
    CAPTAINS_ONLY("captains_only", "Both Captains Only"),
    PARTIAL("partial", "Partial Player Overlap");

    private final String key;
    private final String display;

    SuggestionTier(String key, String display) {
        this.key = key;
        this.display = display;
    }

    public static SuggestionTier of(int overlap, boolean bothCaptainsPlayed) {
        if (overlap >= 10) {
            return ALL_PLAYERS;
        }
        if (bothCaptainsPlayed && overlap > 2) {
            return CAPTAINS_PLUS;
        }
        if (bothCaptainsPlayed) {
            return CAPTAINS_ONLY;
        }
        return PARTIAL;
    }

    public String key() {
        return key;
    }

    public String display() {
        return display;
    }
}
