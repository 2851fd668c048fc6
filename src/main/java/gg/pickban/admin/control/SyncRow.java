package gg.pickban.admin.control;

import gg.pickban.steam.entity.LeagueSyncState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Where the sync of one Steam league stands: its last run, its cursor (the newest match stored) and its failed matches. */
public record SyncRow(int leagueId, Instant lastSyncAt, Long lastMatchId, List<Long> failedMatchIds, boolean syncing,
        Instant syncStartedAt) implements Serializable {

    static SyncRow of(LeagueSyncState state) {
        return new SyncRow(state.leagueId(), state.lastSyncAt(), state.lastMatchId(), List.copyOf(state.failedMatchIds()),
                state.isSyncing(), state.syncStartedAt());
    }

    static SyncRow never(int leagueId) {
        return new SyncRow(leagueId, null, null, List.of(), false, null);
    }
}
