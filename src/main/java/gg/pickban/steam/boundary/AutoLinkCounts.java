package gg.pickban.steam.boundary;

import gg.pickban.steam.control.MatchLinker;

/** The answer of auto-link (docs/rules.md §7.7). */
public record AutoLinkCounts(int autoLinkedCount, int suggestionsCreatedCount) {

    static AutoLinkCounts from(MatchLinker.Linked linked) {
        return new AutoLinkCounts(linked.games(), linked.suggestions());
    }
}
