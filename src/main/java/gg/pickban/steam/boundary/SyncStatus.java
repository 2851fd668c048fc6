package gg.pickban.steam.boundary;

import gg.pickban.steam.entity.LeagueSyncState;
import java.time.Instant;

/** {@code GET /api/steam/sync-status/}: a league's sync state; an unknown league reads as never synced. */
public record SyncStatus(int leagueId, Instant lastSyncAt, Long lastMatchId, int failedMatchCount, boolean isSyncing) {

    static SyncStatus from(LeagueSyncState state) {
        return new SyncStatus(state.leagueId(), state.lastSyncAt(), state.lastMatchId(), state.failedMatchIds().size(),
                state.isSyncing());
    }

    static SyncStatus unknown(int leagueId) {
        return new SyncStatus(leagueId, null, null, 0, false);
    }
}
