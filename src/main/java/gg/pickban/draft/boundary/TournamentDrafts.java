package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.tournament.control.TournamentDraftSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** {@code TournamentFull.draft}: the DraftInTournament of each tournament that has a draft, rounds batch-read. */
@ApplicationScoped
public class TournamentDrafts implements TournamentDraftSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Object> draftsOf(Collection<Long> tournamentIds) {
        Map<Long, Object> drafts = new HashMap<>();
        em.createNamedQuery(Draft.OF_TOURNAMENTS, Draft.class).setParameter("tournaments", tournamentIds).getResultList()
                .forEach(draft -> drafts.put(draft.tournament().id(), DraftInTournament.from(draft)));
        return drafts;
    }
}
