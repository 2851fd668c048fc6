package gg.pickban.steam.boundary;

import gg.pickban.cluster.control.ClusterJobs;
import gg.pickban.steam.control.LeagueSync;
import gg.pickban.steam.control.SteamWebApi;
import gg.pickban.steam.control.SyncInProgress;
import gg.pickban.steam.control.SyncOutcome;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every minute one instance syncs the configured Steam league incrementally (docs/rules.md §7.3, §9) — when
 * jobs are enabled and an API key is set. A tick that finds a sync still running skips.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// no container transaction around the timer: each step opens its own short one, HTTP calls run in none
@TransactionManagement(TransactionManagementType.BEAN)
public class LeagueSyncTimer {

    static final String JOB = "steam-league-sync";
    private static final Logger LOG = Logger.getLogger(LeagueSyncTimer.class.getName());

    @Inject
    ClusterJobs jobs;

    @Inject
    SteamWebApi steam;

    @Inject
    LeagueSync sync;

    @Inject
    @ConfigProperty(name = "pickban.steam.league-id", defaultValue = "17929")
    int leagueId;

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false, info = "steam-league-sync")
    void onSchedule() {
        if (steam.isConfigured()) {
            jobs.runExclusive(JOB, Duration.ofMinutes(10), this::syncConfiguredLeague);
        }
    }

    private void syncConfiguredLeague() {
        try {
            SyncOutcome outcome = sync.sync(leagueId, false);
            LOG.fine(() -> "Steam league " + leagueId + ": " + outcome.syncedCount() + " synced, "
                    + outcome.failedCount() + " failed");
        } catch (SyncInProgress busy) {
            LOG.fine(() -> "Steam league " + leagueId + " is being synced elsewhere; skipped");
        }
    }
}
