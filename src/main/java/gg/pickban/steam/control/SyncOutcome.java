package gg.pickban.steam.control;

import java.util.List;

/** What a sync or a retry of failed matches did: counts, the high-water mark now saved, the matches stored. */
public record SyncOutcome(int syncedCount, int failedCount, Long highWaterMark, List<Long> storedMatchIds) {

    public SyncOutcome {
        storedMatchIds = List.copyOf(storedMatchIds);
    }

    static SyncOutcome nothing() {
        return new SyncOutcome(0, 0, null, List.of());
    }
}
