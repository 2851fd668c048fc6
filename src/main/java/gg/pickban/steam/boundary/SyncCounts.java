package gg.pickban.steam.boundary;

import gg.pickban.steam.control.SyncOutcome;

/** The answer of sync and retry-failed (docs/decisions.md D56). */
public record SyncCounts(int syncedCount, int failedCount, Long newLastMatchId) {

    static SyncCounts from(SyncOutcome outcome) {
        return new SyncCounts(outcome.syncedCount(), outcome.failedCount(), outcome.highWaterMark());
    }
}
