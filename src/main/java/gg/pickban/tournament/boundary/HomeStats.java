package gg.pickban.tournament.boundary;

/** {@code GET /api/home-stats/}: plain row counts. */
public record HomeStats(long tournamentCount, long gameCount, long organizationCount, long leagueCount) {
}
