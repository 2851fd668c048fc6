package gg.pickban.steam.control;

import gg.pickban.platform.control.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What follows a sync that stored matches (docs/rules.md §7.3): the league's stats and league MMR are
 * recomputed, then each new match is checked against the tournament games of its day (docs/decisions.md D42). A
 * failure here is logged; the stored matches stay and the next sync tries again. The database
 * going away is not logged but thrown: the sync then keeps its old mark, so the next one follows
 * these matches up again (both steps are idempotent).
 */
@ApplicationScoped
public class SyncFollowUp {

    private static final Logger LOG = Logger.getLogger(SyncFollowUp.class.getName());

    @Inject
    LeagueStats stats;

    @Inject
    MatchLinker linker;

    @Inject
    @ConfigProperty(name = "pickban.steam.auto-link-on-sync", defaultValue = "true")
    boolean autoLinkOnSync;

    public void afterStored(int leagueId, List<Long> storedMatchIds) {
        if (storedMatchIds.isEmpty()) {
            return;
        }
        try {
            stats.recompute(leagueId);
        } catch (RuntimeException e) {
            rethrowOutage(e);
            LOG.log(Level.WARNING, "Stats recompute of Steam league " + leagueId + " failed", e);
        }
        if (!autoLinkOnSync) {
            return;
        }
        for (long matchId : storedMatchIds) {
            try {
                linker.checkNewMatch(matchId);
            } catch (RuntimeException e) {
                rethrowOutage(e);
                LOG.log(Level.WARNING, "Linking Steam match " + matchId + " to games failed", e);
            }
        }
    }

    private static void rethrowOutage(RuntimeException e) {
        if (DatabaseOutage.caused(e)) {
            throw e;
        }
    }
}
