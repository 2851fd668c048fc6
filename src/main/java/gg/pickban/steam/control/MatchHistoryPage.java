package gg.pickban.steam.control;

import java.util.List;

/** One page of a league's match history, newest first, and how many older matches Steam still has. */
public record MatchHistoryPage(List<MatchSummary> matches, Integer resultsRemaining) {

    public MatchHistoryPage {
        matches = List.copyOf(matches);
    }

    public boolean nothingRemains() {
        return resultsRemaining != null && resultsRemaining == 0;
    }
}
