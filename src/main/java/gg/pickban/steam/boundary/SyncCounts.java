package gg.pickban.steam.boundary;

import gg.pickban.steam.control.SyncOutcome;

/** The answer of sync and retry-failed (steam.md §9, D56). */
public record SyncCounts(int syncedCount, int failedCount, Long newLastMatchId) {

    static SyncCounts from(SyncOutcome outcome) {
        return new SyncCounts(outcome.syncedCount(), outcome.failedCount(), outcome.highWaterMark());
    }
}
