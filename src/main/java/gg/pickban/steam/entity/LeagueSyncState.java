package gg.pickban.steam.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the sync of one Steam league stands: its high-water mark, the matches that failed, and
 * whether a sync runs. A sync flag older than ten minutes is stale and may be taken over (docs/decisions.md D34).
 */
@Entity
@Table(name = "steam_league_sync_state")
public class LeagueSyncState {

    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    @Id
    @Column(name = "league_id")
    private int leagueId;

    @Column(name = "last_sync_at")
    private Instant lastSyncAt;

    @Column(name = "last_match_id")
    private Long lastMatchId;

    @Column(name = "failed_match_ids", nullable = false)
    private String failedMatchIds = "";

    @Column(name = "is_syncing", nullable = false)
    private boolean syncing;

    @Column(name = "sync_started_at")
    private Instant syncStartedAt;

    protected LeagueSyncState() {
    }

    public LeagueSyncState(int leagueId) {
        this.leagueId = leagueId;
    }

    /** A sync runs and has shown signs of life within the last ten minutes. */
    public boolean isBusy(Instant now) {
        return syncing && syncStartedAt != null && syncStartedAt.isAfter(now.minus(STALE_AFTER));
    }

    /** Takes the sync flag unless a live sync holds it. */
    public boolean start(Instant now) {
        if (isBusy(now)) {
            return false;
        }
        syncing = true;
        syncStartedAt = now;
        return true;
    }

    /**
     * A long sync (a first full sync reads up to 50 pages) moves its start time on after every page,
     * so it never looks stale to another instance while it is alive.
     */
    public void stillSyncing(Instant now) {
        if (syncing) {
            syncStartedAt = now;
        }
    }

    public void finish(Instant now, Long highWaterMark) {
        syncing = false;
        lastSyncAt = now;
        lastMatchId = highWaterMark;
    }

    /** Ends a retry of failed matches: the flag drops, the mark stays. */
    public void finishRetry(Instant now, List<Long> stillFailing) {
        syncing = false;
        lastSyncAt = now;
        failedMatchIds = join(stillFailing);
    }

    public void addFailed(List<Long> matchIds) {
        List<Long> failed = new ArrayList<>(failedMatchIds());
        matchIds.stream().filter(id -> !failed.contains(id)).forEach(failed::add);
        failedMatchIds = join(failed);
    }

    public List<Long> failedMatchIds() {
        if (failedMatchIds == null || failedMatchIds.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(failedMatchIds.split(",")).map(Long::valueOf).toList();
    }

    private static String join(List<Long> ids) {
        return ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }

    public int leagueId() {
        return leagueId;
    }

    public Instant lastSyncAt() {
        return lastSyncAt;
    }

    public Long lastMatchId() {
        return lastMatchId;
    }

    public boolean isSyncing() {
        return syncing;
    }

    public Instant syncStartedAt() {
        return syncStartedAt;
    }
}
