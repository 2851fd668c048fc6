package gg.pickban.league.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.AdminAction;
import gg.pickban.league.entity.AdminLogEntry;
import gg.pickban.league.entity.League;
import gg.pickban.league.entity.Organization;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigInteger;
import java.time.Clock;

/**
 * The steps every admin/staff/ownership endpoint takes, in this order:
 * anonymous refusal, object lookup, permission, {@code user_id}, user lookup — each failing with
 * its own {@code {"error": …}} — and, after the change, the audit row.
 */
@RequestScoped
public class RoleChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public User caller() {
        return caller.require();
    }

    public Organization organization(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw error(404, "Organization not found");
        }
        return organization;
    }

    public League league(long id) {
        League league = em.find(League.class, id);
        if (league == null) {
            throw error(404, "League not found");
        }
        return league;
    }

    public void permit(boolean allowed, String refusal) {
        if (!allowed) {
            throw error(403, refusal);
        }
    }

    /** The body's {@code user_id}: a JSON integer or numeric string, judged the way the Python view did. */
    public User target(JsonBody body) {
        JsonValue value = body == null ? null : body.json().get("user_id");
        if (UserIdValue.isMissing(value)) {
            throw error(400, "user_id is required");
        }
        BigInteger pk = UserIdValue.integer(value);
        if (pk == null) {
            throw error(400, "user_id must be an integer");
        }
        return target(pk);
    }

    /** The path's user id (always digits). */
    public User target(long userId) {
        return target(BigInteger.valueOf(userId));
    }

    public void audit(Organization organization, User actor, AdminAction action, User target) {
        em.persist(AdminLogEntry.of(organization, actor, action, target, clock.instant()));
    }

    public void audit(League league, User actor, AdminAction action, User target) {
        em.persist(AdminLogEntry.of(league, actor, action, target, clock.instant()));
    }

    private User target(BigInteger pk) {
        User user = pk.signum() > 0 && pk.bitLength() < Long.SIZE ? em.find(User.class, pk.longValueExact()) : null;
        if (user == null) {
            throw error(404, "User not found");
        }
        return user;
    }

    private static WebApplicationException error(int status, String message) {
        return new WebApplicationException(ErrorBody.error(status, message));
    }
}
