package gg.pickban.admin.boundary;

import gg.pickban.admin.control.SteamAdministration;
import gg.pickban.admin.control.SyncRow;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.steam.control.SyncInProgress;
import gg.pickban.steam.control.SyncOutcome;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;

/** {@code /admin/steam.xhtml}: the Steam league sync state, "sync now" and "recompute league stats". */
@Named("steam")
@ViewScoped
public class SteamPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SteamPage.class.getName());

    @Inject
    SteamAdministration steam;

    @Inject
    Caller caller;

    private int configuredLeague;
    private SyncRow current;
    private List<SyncRow> all;

    public void load() {
        configuredLeague = steam.configuredLeague();
        current = steam.state(configuredLeague);
        all = steam.states();
    }

    public void syncNow() {
        try {
            SyncOutcome outcome = steam.syncNow(caller.require(), configuredLeague);
            PageMessages.info("Synced league " + configuredLeague + ": " + outcome.syncedCount() + " matches stored, "
                    + outcome.failedCount() + " failed.");
        } catch (SyncInProgress busy) {
            PageMessages.error("A sync of league " + configuredLeague + " is running already; try again when it is done.");
        } catch (RuntimeException failed) {
            LOG.warning("Staff-started sync of Steam league " + configuredLeague + " failed: " + failed.getClass().getSimpleName());
            PageMessages.error("The sync failed (" + failed.getClass().getSimpleName() + "); the next one starts where it stopped.");
        }
        load();
    }

    public void recompute() {
        steam.recompute(caller.require(), configuredLeague);
        PageMessages.info("Recomputed the stats and league MMR of league " + configuredLeague + ".");
        load();
    }

    public boolean isSteamConfigured() {
        return steam.steamConfigured();
    }

    public int getLeague() {
        return configuredLeague;
    }

    public SyncRow getCurrent() {
        return current;
    }

    public List<SyncRow> getAll() {
        return all;
    }
}
