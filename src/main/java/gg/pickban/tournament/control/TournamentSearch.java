package gg.pickban.tournament.control;

import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * The tournament lists. The leagues and their organizations, which live in another
 * component's entities, are batch-read here; our own relations batch-read by their mappings.
 */
@ApplicationScoped
public class TournamentSearch {

    @PersistenceContext
    EntityManager em;

    /** Newest first ({@code date_played}, then pk, descending), optionally of one league and/or organization. */
    public List<Tournament> newestFirst(Long league, Long organization) {
        List<String> conditions = new ArrayList<>();
        if (league != null) {
            conditions.add("t.league.id = :league");
        }
        if (organization != null) {
            conditions.add("t.league.id IN (SELECT l.id FROM League l JOIN l.organizations o WHERE o.id = :organization)");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Tournament> query = withLeagues(em.createQuery(
                "SELECT t FROM Tournament t" + where + " ORDER BY t.datePlayed DESC, t.id DESC", Tournament.class));
        if (league != null) {
            query.setParameter("league", league);
        }
        if (organization != null) {
            query.setParameter("organization", organization);
        }
        return query.getResultList();
    }

    public List<Tournament> byPk() {
        return withLeagues(em.createNamedQuery(Tournament.BY_PK, Tournament.class)).getResultList();
    }

    public Tournament find(long pk) {
        return withLeagues(em.createQuery("SELECT t FROM Tournament t WHERE t.id = :pk", Tournament.class))
                .setParameter("pk", pk).getResultStream().findFirst().orElse(null);
    }

    private static TypedQuery<Tournament> withLeagues(TypedQuery<Tournament> query) {
        return query.setHint(QueryHints.BATCH_TYPE, "IN").setHint(QueryHints.BATCH, "t.league.organizations");
    }
}
