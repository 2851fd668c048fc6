package gg.pickban.bracket.boundary;

import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.tournament.control.NestedDrafts;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

/** Renders a bracket inside one transaction, so its games' teams batch-load together. */
@ApplicationScoped
public class BracketReads {

    @PersistenceContext
    EntityManager em;

    @Inject
    NestedDrafts drafts;

    @Transactional
    public BracketView view(long tournamentId) {
        Tournament tournament = em.find(Tournament.class, tournamentId);
        if (tournament == null) {
            throw new WebApplicationException(ErrorBody.error(404, "Tournament not found"));
        }
        return BracketView.of(tournament, drafts);
    }
}
