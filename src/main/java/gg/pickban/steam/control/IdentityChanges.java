package gg.pickban.steam.control;

import gg.pickban.identity.control.ReportedMmrChanged;
import gg.pickban.identity.control.SteamLinkChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps Steam data in step with user edits, inside the editing transaction: a new Steam id links the
 * user's unlinked player rows, a changed MMR recomputes their league MMR (docs/rules.md §7.5, §7.7).
 */
@ApplicationScoped
public class IdentityChanges {

    @Inject
    PlayerLinks links;

    @Inject
    LeagueStats stats;

    void steamLinkChanged(@Observes SteamLinkChanged change) {
        if (change.steam64() != null) {
            links.linkUser(change.userId(), change.steam64());
        }
    }

    void reportedMmrChanged(@Observes ReportedMmrChanged change) {
        stats.leagueMmrOf(change.userId());
    }
}
