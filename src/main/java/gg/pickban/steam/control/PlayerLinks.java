package gg.pickban.steam.control;

import gg.pickban.platform.control.WriteTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Links stored player rows to the users holding their Steam ids (docs/rules.md §7.7): rows already linked
 * are left alone. Whatever gets linked changes league stats, so the leagues of those rows are
 * recomputed in the same transaction.
 */
@ApplicationScoped
public class PlayerLinks {

    private static final String UNLINKED_OWNED = "p.user_id IS NULL AND p.steam_id IN (SELECT u.steamid FROM users u"
            + " WHERE u.steamid IS NOT NULL)";

    @PersistenceContext
    EntityManager em;

    @Inject
    LeagueStats stats;

    @Inject
    WriteTracker writes;

    /** Every unlinked row (of the given matches; all when none are given) whose Steam id a user holds. */
    @Transactional
    public int relink(List<Long> matchIds) {
        String ofMatches = matchIds.isEmpty() ? "" : " AND p.match_id IN (" + placeholders(matchIds.size()) + ")";
        List<Integer> leagues = leagues(bind(em.createNativeQuery("SELECT DISTINCT m.league_id FROM steam_player_stats p"
                + " JOIN steam_match m ON m.match_id = p.match_id WHERE " + UNLINKED_OWNED + ofMatches), matchIds));
        int linked = bind(em.createNativeQuery("UPDATE steam_player_stats SET user_id = (SELECT u.id FROM users u"
                + " WHERE u.steamid = steam_player_stats.steam_id) WHERE id IN (SELECT p.id FROM steam_player_stats p WHERE "
                + UNLINKED_OWNED + ofMatches + ")"), matchIds).executeUpdate();
        afterLinking(linked, leagues);
        return linked;
    }

    /** A user now holds this Steam id: their unlinked rows become theirs. */
    @Transactional
    public int linkUser(long userId, long steam64) {
        List<Integer> leagues = leagues(em.createNativeQuery("SELECT DISTINCT m.league_id FROM steam_player_stats p"
                + " JOIN steam_match m ON m.match_id = p.match_id WHERE p.user_id IS NULL AND p.steam_id = ?1")
                .setParameter(1, steam64));
        int linked = em.createNativeQuery("UPDATE steam_player_stats SET user_id = ?1 WHERE user_id IS NULL AND steam_id = ?2")
                .setParameter(1, userId).setParameter(2, steam64).executeUpdate();
        afterLinking(linked, leagues);
        return linked;
    }

    private void afterLinking(int linked, List<Integer> leagues) {
        if (linked > 0) {
            writes.written();
            stats.recompute(leagues);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> leagues(Query query) {
        return ((List<Object>) query.getResultList()).stream().filter(Objects::nonNull)
                .map(value -> ((Number) value).intValue()).toList();
    }

    private static Query bind(Query query, List<Long> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private static String placeholders(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
    }
}
