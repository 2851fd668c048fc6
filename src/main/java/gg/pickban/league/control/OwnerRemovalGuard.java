package gg.pickban.league.control;

import gg.pickban.identity.control.UserRemoval;
import gg.pickban.identity.control.UserRemovalRefused;
import gg.pickban.league.entity.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * docs/decisions.md D8: the owner of an organization cannot be deleted; ownership must move first. Runs inside the
 * deleting transaction, before the user row goes, so refusing leaves everything as it was. Admin
 * and staff memberships need no work here: their rows go with the user (foreign keys).
 */
@ApplicationScoped
public class OwnerRemovalGuard {

    static final String OWNER = "Cannot delete a user who owns an organization. Transfer ownership first.";

    @PersistenceContext
    EntityManager em;

    void refuseOwners(@Observes UserRemoval removal) {
        boolean owns = !em.createNamedQuery(Organization.OWNED_BY, Long.class).setParameter("user", removal.userId())
                .setMaxResults(1).getResultList().isEmpty();
        if (owns) {
            throw new UserRemovalRefused(OWNER);
        }
    }
}
