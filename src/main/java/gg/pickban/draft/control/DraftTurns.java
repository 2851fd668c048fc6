package gg.pickban.draft.control;

import gg.pickban.draft.entity.DraftRound;
import gg.pickban.identity.control.ActiveDraft;
import gg.pickban.identity.control.ActiveDraftSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The team-draft entry of {@code current_user.active_drafts} (docs/api.md §4): the caller's first
 * unpicked round, by pick number, in an {@code in_progress} tournament — whether or not it is the
 * current round. Listed before hero drafts.
 */
@ApplicationScoped
public class DraftTurns implements ActiveDraftSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<ActiveDraft> forUser(long userId) {
        return em.createNamedQuery(DraftRound.OPEN_TURNS_OF, Object[].class).setParameter("user", userId)
                .setMaxResults(1).getResultStream()
                .map(row -> ActiveDraft.teamDraft(((Number) row[0]).longValue(), (String) row[1])).toList();
    }
}
