package gg.pickban.steam.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Sync paging (docs/rules.md §7.3, docs/decisions.md D32/D33) against an in-memory history. */
class HistoryWalkTest {

    /** A league's history, newest first, paged like Steam: ids at or below the start, at most {@code size} per page. */
    static class History implements HistoryWalk.Pages {
        final List<Long> ids;
        final int size;
        final List<Long> starts = new ArrayList<>();
        Integer failOnPage;

        History(int size, long... ids) {
            this.ids = LongStream.of(ids).boxed().sorted(Comparator.reverseOrder()).toList();
            this.size = size;
        }

        @Override
        public Optional<MatchHistoryPage> from(Long startAt) {
            starts.add(startAt);
            if (failOnPage != null && starts.size() == failOnPage) {
                return Optional.empty();
            }
            List<Long> older = ids.stream().filter(id -> startAt == null || id <= startAt).toList();
            List<Long> page = older.subList(0, Math.min(size, older.size()));
            return Optional.of(new MatchHistoryPage(page.stream().map(id -> new MatchSummary(id, id * 10, 0)).toList(),
                    older.size() - page.size()));
        }
    }

    private final List<Long> processed = new ArrayList<>();

    private SyncProgress walk(HistoryWalk.Pages pages, Long mark, Set<Long> failing) {
        SyncProgress progress = new SyncProgress(mark);
        HistoryWalk.walk(pages, mark, match -> {
            processed.add(match.matchId());
            return !failing.contains(match.matchId());
        }, () -> { }, progress);
        return progress;
    }

    @Test
    void incrementalSyncProcessesOnlyIdsAboveTheMark() {
        SyncProgress progress = walk(new History(100, 102, 101, 100, 99), 100L, Set.of());
        assertEquals(List.of(102L, 101L), processed);
        assertEquals(2, progress.stored().size());
        assertEquals(102L, progress.markToKeep());
    }

    @Test
    void fullSyncWithOneMatchThenAnEmptyPage() {
        HistoryWalk.Pages pages = new HistoryWalk.Pages() {
            int calls;

            @Override
            public Optional<MatchHistoryPage> from(Long startAt) {
                return Optional.of(calls++ == 0 ? new MatchHistoryPage(List.of(new MatchSummary(5, 50L, 0)), null)
                        : new MatchHistoryPage(List.of(), null));
            }
        };
        SyncProgress progress = walk(pages, null, Set.of());
        assertEquals(List.of(5L), progress.stored());
        assertEquals(5L, progress.markToKeep());
    }

    @Test
    void aFailedMatchIsCountedAndKeptWhileTheMarkMovesOn() {
        SyncProgress progress = walk(new History(2, 8, 7), null, Set.of(7L));
        assertEquals(List.of(8L), progress.stored());
        assertEquals(List.of(7L), progress.failed());
        assertEquals(8L, progress.markToKeep());
    }

    @Test
    void pagesContinueJustBelowTheOldestIdUntilTheMark() {
        History history = new History(2, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        SyncProgress progress = walk(history, 4L, Set.of());
        assertEquals(List.of(10L, 9L, 8L, 7L, 6L, 5L), processed);
        assertEquals(java.util.Arrays.asList(null, 8L, 6L, 4L), history.starts);
        assertEquals(10L, progress.markToKeep());
    }

    @Test
    void aBoundaryMatchRepeatedByTheSourceIsNeverProcessedTwice() {
        History inclusive = new History(3, 9, 8, 7, 6, 5) {
            @Override
            public Optional<MatchHistoryPage> from(Long startAt) {
                return super.from(startAt == null ? null : startAt + 1);
            }
        };
        walk(inclusive, null, Set.of());
        assertEquals(List.of(9L, 8L, 7L, 6L, 5L), processed);
    }

    @Test
    void aPageWithoutNewIdsStopsTheWalk() {
        History stuck = new History(3, 9, 8, 7, 6, 5) {
            @Override
            public Optional<MatchHistoryPage> from(Long startAt) {
                starts.add(startAt);
                return Optional.of(new MatchHistoryPage(List.of(new MatchSummary(9, 90L, 0), new MatchSummary(8, 80L, 0)), 3));
            }
        };
        SyncProgress progress = walk(stuck, null, Set.of());
        assertEquals(List.of(9L, 8L), processed);
        assertEquals(2, stuck.starts.size());
        assertTrue(progress.isFinished());
    }

    @Test
    void nothingRemainingStopsTheWalk() {
        History history = new History(2, 4, 3, 2, 1);
        walk(history, null, Set.of());
        assertEquals(List.of(4L, 3L, 2L, 1L), processed);
        assertEquals(2, history.starts.size(), "the second page says 0 remain");
    }

    @Test
    void theWalkStopsAfterFiftyPages() {
        long[] ids = LongStream.rangeClosed(1, 200).toArray();
        History history = new History(2, ids);
        SyncProgress progress = walk(history, null, Set.of());
        assertEquals(HistoryWalk.PAGE_CAP, history.starts.size());
        assertEquals(100, processed.size());
        assertTrue(progress.isFinished());
        assertEquals(200L, progress.markToKeep());
    }

    @Test
    void aPageThatCannotBeReadKeepsTheOldMark() {
        History history = new History(2, 10, 9, 8, 7, 6);
        history.failOnPage = 2;
        SyncProgress progress = walk(history, 6L, Set.of());
        assertEquals(List.of(10L, 9L), progress.stored());
        assertFalse(progress.isFinished());
        assertEquals(6L, progress.markToKeep(), "8 and 7 must not fall below a mark of 10");
    }

    @Test
    void aFirstSyncThatFailsAtOnceKeepsNoMark() {
        History history = new History(2, 3);
        history.failOnPage = 1;
        assertNull(walk(history, null, Set.of()).markToKeep());
    }
}
