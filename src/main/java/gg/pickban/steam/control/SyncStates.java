package gg.pickban.steam.control;

import gg.pickban.steam.entity.LeagueSyncState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The sync flag and high-water mark of each league, each change in its own short transaction (a
 * sync calls Steam between them, never inside one). Taking the flag locks the row, so of two
 * instances asking at once exactly one gets it.
 */
@ApplicationScoped
public class SyncStates {

    /** What a sync starts from: the mark and the matches that failed before. */
    public record Claim(Long mark, List<Long> failedMatchIds) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Takes the flag, creating the state on first use; {@link SyncInProgress} when a live sync holds
     * it. Fails (to be asked again) when another instance created the state at the same moment.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Claim claim(int leagueId) {
        LeagueSyncState state = em.find(LeagueSyncState.class, leagueId, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = new LeagueSyncState(leagueId);
            em.persist(state);
            em.flush();
        }
        return take(state, leagueId);
    }

    /** Like {@link #claim} for a league that has a state; empty for an unknown league. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Claim> claimExisting(int leagueId) {
        LeagueSyncState state = em.find(LeagueSyncState.class, leagueId, LockModeType.PESSIMISTIC_WRITE);
        return state == null ? Optional.empty() : Optional.of(take(state, leagueId));
    }

    private Claim take(LeagueSyncState state, int leagueId) {
        if (!state.start(clock.instant())) {
            throw new SyncInProgress(leagueId);
        }
        return new Claim(state.lastMatchId(), state.failedMatchIds());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void stillSyncing(int leagueId) {
        Optional.ofNullable(em.find(LeagueSyncState.class, leagueId)).ifPresent(s -> s.stillSyncing(clock.instant()));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void finish(int leagueId, Long highWaterMark, List<Long> failedMatchIds) {
        LeagueSyncState state = em.find(LeagueSyncState.class, leagueId, LockModeType.PESSIMISTIC_WRITE);
        state.addFailed(failedMatchIds);
        state.finish(clock.instant(), highWaterMark);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void finishRetry(int leagueId, List<Long> stillFailing) {
        em.find(LeagueSyncState.class, leagueId, LockModeType.PESSIMISTIC_WRITE).finishRetry(clock.instant(), stillFailing);
    }

    public Optional<LeagueSyncState> find(int leagueId) {
        return Optional.ofNullable(em.find(LeagueSyncState.class, leagueId));
    }
}
