package gg.pickban.steam.control;

/** One entry of a league's match history: enough to fetch its details. */
public record MatchSummary(long matchId, Long sequenceNumber, long startTime) {
}
