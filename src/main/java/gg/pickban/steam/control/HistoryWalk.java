package gg.pickban.steam.control;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a league's match history from the newest page backwards and processes every match above the
 * high-water mark exactly once (docs/rules.md §7.3, docs/decisions.md D32/D33): the next page starts just below the oldest
 * id of the previous one, and the walk stops at the mark, on an empty page, a page without a new id,
 * when Steam says nothing remains, or after 50 pages.
 */
final class HistoryWalk {

    static final int PAGE_CAP = 50;

    /** A history page starting at the given match id (inclusive), or from the newest when null; empty when the call failed. */
    interface Pages {
        Optional<MatchHistoryPage> from(Long startAtMatchId);
    }

    /** Fetches and stores one match; false when it failed. */
    interface Processor {
        boolean process(MatchSummary match);
    }

    private HistoryWalk() {
    }

    /**
     * @param mark     ids at or below it are not processed; null processes everything (a full sync)
     * @param afterPage called after each processed page (the sync shows it is alive)
     */
    static void walk(Pages pages, Long mark, Processor processor, Runnable afterPage, SyncProgress progress) {
        Set<Long> seen = new HashSet<>();
        Long startAt = null;
        for (int read = 1; ; read++) {
            Optional<MatchHistoryPage> fetched = pages.from(startAt);
            if (fetched.isEmpty()) {
                return;
            }
            MatchHistoryPage page = fetched.get();
            if (page.matches().isEmpty()) {
                progress.finished();
                return;
            }
            boolean reachedMark = false;
            int newIds = 0;
            long oldest = Long.MAX_VALUE;
            for (MatchSummary match : page.matches()) {
                oldest = Math.min(oldest, match.matchId());
                if (!seen.add(match.matchId())) {
                    continue;
                }
                newIds++;
                if (mark != null && match.matchId() <= mark) {
                    reachedMark = true;
                } else if (processor.process(match)) {
                    progress.stored(match.matchId());
                } else {
                    progress.failed(match.matchId());
                }
            }
            afterPage.run();
            if (reachedMark || newIds == 0 || page.nothingRemains() || read == PAGE_CAP) {
                progress.finished();
                return;
            }
            startAt = oldest - 1;
        }
    }
}
