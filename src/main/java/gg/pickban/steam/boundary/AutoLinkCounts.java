package gg.pickban.steam.boundary;

import gg.pickban.steam.control.MatchLinker;

/** The answer of auto-link (steam.md §7.2). */
public record AutoLinkCounts(int autoLinkedCount, int suggestionsCreatedCount) {

    static AutoLinkCounts from(MatchLinker.Linked linked) {
        return new AutoLinkCounts(linked.games(), linked.suggestions());
    }
}
