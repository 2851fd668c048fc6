package gg.pickban.steam.control;

import gg.pickban.platform.control.DatabaseOutage;
import gg.pickban.steam.entity.MatchDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * League sync (docs/rules.md §7.3): takes the league's sync flag, walks its history fetching each new match
 * from Steam and storing it in a short transaction of its own, brings the league's stats up to date,
 * then saves the mark. Steam is never called inside a database transaction. When the database goes
 * away midway the sync stops there and keeps the old mark: the next one stores those matches again
 * (an upsert) and follows them up, so nothing is skipped and nothing is counted twice.
 */
@ApplicationScoped
public class LeagueSync {

    private static final Logger LOG = Logger.getLogger(LeagueSync.class.getName());

    @Inject
    SteamWebApi steam;

    @Inject
    SyncStates states;

    @Inject
    MatchStore store;

    @Inject
    SyncFollowUp followUp;

    /** @throws SyncInProgress when a live sync of the league runs elsewhere */
    public SyncOutcome sync(int leagueId, boolean full) {
        SyncStates.Claim claim = claim(leagueId);
        SyncProgress progress = new SyncProgress(claim.mark());
        try {
            HistoryWalk.walk(startAt -> steam.matchHistory(leagueId, startAt), full ? null : claim.mark(),
                    match -> process(match.matchId(), leagueId, match.sequenceNumber()),
                    () -> states.stillSyncing(leagueId), progress);
            followUp.afterStored(leagueId, progress.stored());
        } catch (RuntimeException e) {
            progress.stopped();
            throw e;
        } finally {
            states.finish(leagueId, progress.markToKeep(), progress.failed());
        }
        if (!progress.isFinished()) {
            LOG.warning(() -> "Sync of Steam league " + leagueId + " stopped early; its mark stays at " + claim.mark());
        }
        return new SyncOutcome(progress.stored().size(), progress.failed().size(), progress.markToKeep(), progress.stored());
    }

    /** Retry-failed (docs/decisions.md D56): fetches each failed match again by id; keeps the ones that still fail. */
    public SyncOutcome retryFailed(int leagueId) {
        Optional<SyncStates.Claim> known = states.claimExisting(leagueId);
        if (known.isEmpty()) {
            return SyncOutcome.nothing();
        }
        List<Long> failed = known.get().failedMatchIds();
        List<Long> stored = new ArrayList<>();
        List<Long> stillFailing = new ArrayList<>();
        int tried = 0;
        try {
            for (long matchId : failed) {
                (process(matchId, leagueId, null) ? stored : stillFailing).add(matchId);
                tried++;
            }
        } finally {
            List<Long> keep = new ArrayList<>(stillFailing);
            keep.addAll(failed.subList(tried, failed.size()));
            states.finishRetry(leagueId, keep);
        }
        followUp.afterStored(leagueId, stored);
        return new SyncOutcome(stored.size(), stillFailing.size(), known.get().mark(), stored);
    }

    private SyncStates.Claim claim(int leagueId) {
        try {
            return states.claim(leagueId);
        } catch (SyncInProgress busy) {
            throw busy;
        } catch (RuntimeException createdConcurrently) {
            // another instance created the league's state at the same moment; now it exists
            return states.claim(leagueId);
        }
    }

    /** One match: fetch (by sequence number when known), then store; false when either failed. */
    private boolean process(long matchId, int leagueId, Long sequenceNumber) {
        Optional<MatchDetails> details = sequenceNumber != null
                ? steam.matchBySequenceNumber(sequenceNumber, matchId)
                : steam.matchDetails(matchId);
        if (details.isEmpty()) {
            return false;
        }
        return storeWithRetry(details.get(), leagueId);
    }

    private boolean storeWithRetry(MatchDetails details, int leagueId) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.store(details, leagueId);
                return true;
            } catch (RuntimeException e) {
                if (DatabaseOutage.caused(e)) {
                    // not this match's fault: stop the walk, whose mark then stays below this match
                    throw e;
                }
                // a concurrent single-match fetch may have inserted the same match: the second try updates it
                if (attempt == 2) {
                    LOG.log(Level.WARNING, "Storing Steam match " + details.matchId() + " failed", e);
                    return false;
                }
            }
        }
    }
}
