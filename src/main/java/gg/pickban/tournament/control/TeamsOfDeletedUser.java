package gg.pickban.tournament.control;

import gg.pickban.identity.control.UserRemoval;
import gg.pickban.identity.entity.User;
import gg.pickban.tournament.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A user is being deleted (docs/rules.md §3.1), inside the deleting transaction: every team they are
 * in, captain or deputy of follows the membership rules (docs/rules.md §3.3) — succession, and deletion
 * of the teams left empty, with their games. The join rows themselves cascade in the database.
 */
@ApplicationScoped
public class TeamsOfDeletedUser {

    @PersistenceContext
    EntityManager em;

    @Inject
    Disbanding disbanding;

    void release(@Observes UserRemoval removal) {
        User user = em.find(User.class, removal.userId());
        if (user == null) {
            return;
        }
        for (Team team : em.createNamedQuery(Team.HOLDING_USER, Team.class).setParameter("user", removal.userId())
                .getResultList()) {
            if (team.release(user) == Team.Remaining.NOBODY) {
                disbanding.delete(team);
            }
        }
    }
}
