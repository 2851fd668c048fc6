package gg.pickban.tournament.control;

import java.util.Collection;
import java.util.Map;

/**
 * Where a game's {@code herodraft_id} comes from: the hero-draft component implements this. Until
 * one exists every game's hero draft id is null.
 */
public interface HeroDraftSource {

    /** Hero-draft ids by game pk, read in a bounded number of queries; games without one are absent. */
    Map<Long, Long> heroDraftIdsOf(Collection<Long> gameIds);
}
