package gg.pickban.steam.control;

/** Another sync of the same league holds the sync flag and is alive (docs/decisions.md D34). */
public class SyncInProgress extends RuntimeException {

    public SyncInProgress(int leagueId) {
        super("A sync of Steam league " + leagueId + " is already running", null, false, false);
    }
}
