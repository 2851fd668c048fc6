package gg.pickban.tournament.control;

import java.util.Collection;
import java.util.Map;

/**
 * Where {@code TournamentFull.draft} comes from: the player-draft component implements this with its
 * DraftInTournament shape. Until one exists every tournament's draft is null.
 */
public interface TournamentDraftSource {

    /** JSON-B-serialisable draft shapes by tournament pk, read in a bounded number of queries; no draft = absent. */
    Map<Long, Object> draftsOf(Collection<Long> tournamentIds);
}
