package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.herodraft.entity.HeroDraftState;
import gg.pickban.identity.control.ActiveDraft;
import gg.pickban.identity.control.ActiveDraftSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The hero-draft entries of {@code current_user.active_drafts} (docs/api.md §4): one per DraftTeam
 * the user captains whose draft still needs them (not paused, resuming or over), by hero-draft id,
 * after the team draft.
 */
@ApplicationScoped
public class HeroDraftsToJoin implements ActiveDraftSource {

    static final List<String> OPEN = List.of(HeroDraftState.WAITING_FOR_CAPTAINS, HeroDraftState.ROLLING,
            HeroDraftState.CHOOSING, HeroDraftState.DRAFTING).stream().map(HeroDraftState::wire).toList();

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<ActiveDraft> forUser(long userId) {
        return em.createNamedQuery(HeroDraft.TO_JOIN, Object[].class).setParameter("user", userId).setParameter("states", OPEN)
                .getResultList().stream().filter(row -> row[2] != null)
                .map(row -> ActiveDraft.heroDraft(((Number) row[2]).longValue(), ((Number) row[1]).longValue(),
                        ((Number) row[0]).longValue(), (String) row[3])).toList();
    }
}
