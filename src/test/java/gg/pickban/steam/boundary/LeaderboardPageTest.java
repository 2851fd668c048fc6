package gg.pickban.steam.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Page-number pagination (docs/api.md §2) and the leaderboard order (docs/rules.md §7.6). */
class LeaderboardPageTest {

    private static final String URL = "https://host/api/steam/leaderboard/";
    private final List<Integer> rows = IntStream.rangeClosed(1, 57).boxed().toList();

    @Test
    void aMiddlePageLinksBothWaysKeepingTheOtherParameters() {
        PageOf<Integer> page = LeaderboardPage.of("2", "20", 57).orElseThrow()
                .of(rows, URL, Map.of("page", List.of("2"), "page_size", List.of("20"), "sort_by", List.of("win_rate")));
        assertEquals(57, page.count());
        assertEquals(List.of(21, 22), page.results().subList(0, 2));
        assertEquals(URL + "?page=3&page_size=20&sort_by=win_rate", page.next());
        assertEquals(URL + "?page=1&page_size=20&sort_by=win_rate", page.previous());
    }

    @Test
    void sizesAreDefaultedAndClamped() {
        assertEquals(20, LeaderboardPage.of(null, "abc", 57).orElseThrow().of(rows, URL, Map.of()).results().size());
        assertEquals(57, LeaderboardPage.of(null, "1000", 57).orElseThrow().of(rows, URL, Map.of()).results().size());
        assertEquals(20, LeaderboardPage.of(null, "0", 57).orElseThrow().of(rows, URL, Map.of()).results().size());
    }

    @Test
    void invalidPagesAreRefusedButAnEmptySetHasPageOne() {
        assertTrue(LeaderboardPage.of("4", "20", 57).isEmpty());
        assertTrue(LeaderboardPage.of("0", "20", 57).isEmpty());
        assertTrue(LeaderboardPage.of("x", "20", 57).isEmpty());
        PageOf<Integer> empty = LeaderboardPage.of(null, null, 0).orElseThrow().of(List.of(), URL, Map.of());
        assertEquals(0, empty.count());
        assertNull(empty.next());
        assertNull(empty.previous());
        assertEquals(URL + "?page=2", LeaderboardPage.of("1", null, 57).orElseThrow().of(rows, URL, Map.of()).next());
    }

    private static LeaderboardEntry entry(long userId, Integer leagueMmr, double winRate, double kda) {
        return new LeaderboardEntry(userId, "u" + userId, null, null, leagueMmr, 0, 5, winRate, 0, 0, 0, kda, 0, 0);
    }

    @Test
    void ordersByTheKeyWithNullsSmallestAndTiesByUserPk() {
        List<LeaderboardEntry> entries = List.of(entry(1, 3000, 0.5, 2), entry(2, null, 0.7, 3), entry(3, 4000, 0.5, 1),
                entry(4, 3000, 0.1, 9));
        assertEquals(List.of(3L, 1L, 4L, 2L), ids(entries, null, null));
        assertEquals(List.of(2L, 1L, 4L, 3L), ids(entries, "league_mmr", "asc"));
        assertEquals(List.of(2L, 1L, 3L, 4L), ids(entries, "win_rate", "desc"));
        assertEquals(List.of(4L, 2L, 1L, 3L), ids(entries, "avg_kda", null), "the computed KDA, not kills (D41)");
        assertEquals(List.of(3L, 1L, 4L, 2L), ids(entries, "nonsense", "desc"));
    }

    private static List<Long> ids(List<LeaderboardEntry> entries, String sortBy, String order) {
        return entries.stream().sorted(LeaderboardOrder.of(sortBy, order)).map(LeaderboardEntry::userId).toList();
    }
}
