package gg.pickban.tournament.boundary;

/** {@code GET /api/home-stats/}: plain row counts (league.md §7). */
public record HomeStats(long tournamentCount, long gameCount, long organizationCount, long leagueCount) {
}
