package gg.pickban.admin.control;

import gg.pickban.admin.entity.AuditedObject;
import gg.pickban.identity.entity.User;
import gg.pickban.steam.control.LeagueStats;
import gg.pickban.steam.control.LeagueSync;
import gg.pickban.steam.control.SteamWebApi;
import gg.pickban.steam.control.SyncOutcome;
import gg.pickban.steam.control.SyncStates;
import gg.pickban.steam.entity.LeagueSyncState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Steam league sync as staff see and start it: every league's sync state, a sync now (the
 * same incremental sync the minute job runs, under the same sync flag) and a recompute of a
 * league's stats and league MMR, each audited.
 */
@ApplicationScoped
public class SteamAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    SyncStates states;

    @Inject
    LeagueSync sync;

    @Inject
    LeagueStats stats;

    @Inject
    SteamWebApi steam;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "pickban.steam.league-id", defaultValue = "17929")
    int configuredLeague;

    /** The league the sync job, the leaderboard and league stats use. */
    public int configuredLeague() {
        return configuredLeague;
    }

    public boolean steamConfigured() {
        return steam.isConfigured();
    }

    public SyncRow state(int leagueId) {
        return states.find(leagueId).map(SyncRow::of).orElseGet(() -> SyncRow.never(leagueId));
    }

    public List<SyncRow> states() {
        return em.createQuery("SELECT s FROM LeagueSyncState s ORDER BY s.leagueId", LeagueSyncState.class)
                .getResultStream().map(SyncRow::of).toList();
    }

    /**
     * Steam is called outside any transaction, as by the job; the record is written after it, with
     * what happened. @throws gg.pickban.steam.control.SyncInProgress when a sync of the league runs
     */
    public SyncOutcome syncNow(User actor, int leagueId) {
        Snapshot before = snapshot(state(leagueId));
        try {
            SyncOutcome outcome = sync.sync(leagueId, false);
            audit.record(actor, object(leagueId), "sync", before, snapshot(state(leagueId))
                    .with("synced", outcome.syncedCount()).with("failed", outcome.failedCount()));
            return outcome;
        } catch (RuntimeException e) {
            audit.record(actor, object(leagueId), "sync", before, snapshot(state(leagueId))
                    .with("outcome", "failed: " + e.getClass().getSimpleName()));
            throw e;
        }
    }

    @Transactional
    public void recompute(User actor, int leagueId) {
        stats.recompute(leagueId);
        audit.record(actor, object(leagueId), "recompute_stats", null, new Snapshot().with("league_id", leagueId));
    }

    private static AuditedObject object(int leagueId) {
        return AuditedObject.of(AuditedObject.STEAM_LEAGUE, leagueId, "Steam league " + leagueId);
    }

    private static Snapshot snapshot(SyncRow state) {
        return new Snapshot().with("last_sync_at", state.lastSyncAt()).with("last_match_id", state.lastMatchId())
                .with("failed_matches", state.failedMatchIds().size()).with("is_syncing", state.syncing());
    }
}
