package gg.pickban.identity.control;

import gg.pickban.identity.entity.LoginSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Login sessions in the database, where every instance sees them and a restart keeps them. */
@ApplicationScoped
public class SessionStore {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public int purgeExpired(Instant now) {
        return em.createNamedQuery(LoginSession.DELETE_EXPIRED).setParameter("now", now).executeUpdate();
    }
}
