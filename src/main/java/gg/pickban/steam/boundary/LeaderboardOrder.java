package gg.pickban.steam.boundary;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The leaderboard's sort (docs/rules.md §7.6, docs/decisions.md D41): by league MMR (default), win rate, games played or
 * the computed KDA; descending unless asked otherwise; null counts as the smallest value; ties by
 * user pk ascending whatever the order.
 */
final class LeaderboardOrder {

    private LeaderboardOrder() {
    }

    static Comparator<LeaderboardEntry> of(String sortBy, String order) {
        Function<LeaderboardEntry, Comparable<?>> key = switch (sortBy == null ? "" : sortBy) {
            case "win_rate" -> LeaderboardEntry::winRate;
            case "games_played" -> LeaderboardEntry::gamesPlayed;
            case "avg_kda" -> LeaderboardEntry::avgKda;
            default -> LeaderboardEntry::leagueMmr;
        };
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<LeaderboardEntry> byKey = Comparator.comparing((Function) key, Comparator.nullsFirst(Comparator.naturalOrder()));
        if (order == null || order.equals("desc")) {
            byKey = byKey.reversed();
        }
        return byKey.thenComparingLong(LeaderboardEntry::userId);
    }
}
