package gg.pickban.admin.control;

import gg.pickban.admin.entity.AdminChange;
import gg.pickban.admin.entity.AuditedObject;
import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes the audit record of a staff-site change. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** In the transaction of the change when there is one; a change made of several (a league sync) is recorded in its own. */
    @Transactional
    public void record(User actor, AuditedObject object, String action, Snapshot before, Snapshot after) {
        em.persist(new AdminChange(actor.id(), actor.username(), object, action,
                before == null ? null : before.json(), after == null ? null : after.json(), clock.instant()));
    }
}
