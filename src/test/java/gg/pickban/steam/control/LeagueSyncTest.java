package gg.pickban.steam.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gg.pickban.steam.entity.MatchDetails;
import gg.pickban.steam.entity.SteamMatch;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A sync the database walks out of keeps its old mark, so the next one redoes exactly that work. */
class LeagueSyncTest {

    private static final int LEAGUE = 17929;

    private final List<String> calls = new ArrayList<>();
    private Set<Long> storeRefused = Set.of();
    private Set<Long> storeFails = Set.of();
    private boolean followUpRefused;

    private static PersistenceException databaseGone() {
        return new PersistenceException(new SQLException("Connection refused", "08001"));
    }

    /** A league whose history is 103, 102, 101 above the stored mark 100. */
    private LeagueSync sync() {
        LeagueSync sync = new LeagueSync();
        sync.steam = new SteamWebApi() {
            @Override
            public Optional<MatchHistoryPage> matchHistory(int leagueId, Long startAtMatchId) {
                return Optional.of(new MatchHistoryPage(List.of(summary(103), summary(102), summary(101), summary(100)), 0));
            }

            @Override
            public Optional<MatchDetails> matchBySequenceNumber(long sequenceNumber, long matchId) {
                return Optional.of(new MatchDetails(matchId, true, 1800, 0, 2, 1, List.of()));
            }
        };
        sync.states = new SyncStates() {
            @Override
            public Claim claim(int leagueId) {
                return new Claim(100L, List.of());
            }

            @Override
            public void stillSyncing(int leagueId) {
            }

            @Override
            public void finish(int leagueId, Long highWaterMark, List<Long> failedMatchIds) {
                calls.add("finish at " + highWaterMark + ", failed " + failedMatchIds);
            }
        };
        sync.store = new MatchStore() {
            @Override
            public SteamMatch store(MatchDetails details, Integer leagueId) {
                if (storeRefused.contains(details.matchId())) {
                    throw databaseGone();
                }
                if (storeFails.contains(details.matchId())) {
                    throw new PersistenceException("bad row");
                }
                calls.add("store " + details.matchId());
                return null;
            }
        };
        sync.followUp = new SyncFollowUp() {
            @Override
            public void afterStored(int leagueId, List<Long> storedMatchIds) {
                calls.add("follow up " + storedMatchIds);
                if (followUpRefused) {
                    throw databaseGone();
                }
            }
        };
        return sync;
    }

    private static MatchSummary summary(long matchId) {
        return new MatchSummary(matchId, matchId * 10, 0);
    }

    @Test
    void aFinishedSyncIsFollowedUpBeforeItsMarkMoves() {
        SyncOutcome outcome = sync().sync(LEAGUE, false);
        assertEquals(List.of("store 103", "store 102", "store 101", "follow up [103, 102, 101]", "finish at 103, failed []"), calls);
        assertEquals(3, outcome.syncedCount());
    }

    @Test
    void aMatchThatCannotBeStoredIsRecordedAsFailedAndTheMarkMovesOn() {
        storeFails = Set.of(102L);
        sync().sync(LEAGUE, false);
        assertEquals(List.of("store 103", "store 101", "follow up [103, 101]", "finish at 103, failed [102]"), calls);
    }

    @Test
    void theDatabaseGoingAwayWhileStoringStopsTheWalkAtTheOldMark() {
        storeRefused = Set.of(102L);
        assertThrows(PersistenceException.class, () -> sync().sync(LEAGUE, false));
        assertEquals(List.of("store 103", "finish at 100, failed []"), calls,
                "102 is not a failed match but one the next sync stores, with 103 again");
    }

    @Test
    void theDatabaseGoingAwayDuringTheFollowUpKeepsTheOldMark() {
        followUpRefused = true;
        assertThrows(PersistenceException.class, () -> sync().sync(LEAGUE, false));
        assertEquals(List.of("store 103", "store 102", "store 101", "follow up [103, 102, 101]", "finish at 100, failed []"), calls);
    }
}
