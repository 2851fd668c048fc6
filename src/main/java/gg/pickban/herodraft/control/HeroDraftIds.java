package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.tournament.control.HeroDraftSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The games' {@code herodraft_id}: one query per thousand games. */
@ApplicationScoped
public class HeroDraftIds implements HeroDraftSource {

    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Long> heroDraftIdsOf(Collection<Long> gameIds) {
        List<Long> ids = List.copyOf(gameIds);
        Map<Long, Long> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createNamedQuery(HeroDraft.IDS_OF_GAMES, Object[].class)
                    .setParameter("games", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList()
                    .forEach(row -> found.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return found;
    }
}
