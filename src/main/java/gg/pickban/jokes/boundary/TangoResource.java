package gg.pickban.jokes.boundary;

import gg.pickban.identity.boundary.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/jokes/tangoes/} (every logged-in user buys tangoes one at a time; none is lost). A buy is one {@code UPDATE … + 1} on the caller's row:
 * the database serialises concurrent buys on the row lock, so none is lost. The row is created on
 * first use with {@code ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in PostgreSQL mode), which
 * also settles two first uses racing.
 */
@Tag(name = "jokes")
@Path("jokes/tangoes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TangoResource {

    static final String MESSAGE = "You bought a tango! \uD83C\uDF3F";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Operation(summary = "Count the caller's tangoes")
    @GET
    @Transactional
    public Map<String, Integer> count() {
        long user = caller.require().id();
        ensureRow(user);
        return Map.of("tangoes_purchased", purchased(user));
    }

    @Operation(summary = "Buy one tango")
    @POST
    @Path("buy")
    @Transactional
    public Map<String, Object> buy() {
        long user = caller.require().id();
        ensureRow(user);
        em.createNativeQuery("UPDATE tango_joke SET tangoes_purchased = tangoes_purchased + 1 WHERE user_id = ?1")
                .setParameter(1, user).executeUpdate();
        return Map.of("tangoes_purchased", purchased(user), "message", MESSAGE);
    }

    private void ensureRow(long user) {
        em.createNativeQuery("INSERT INTO tango_joke (user_id, tangoes_purchased) VALUES (?1, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, user).executeUpdate();
    }

    private int purchased(long user) {
        return ((Number) em.createNativeQuery("SELECT tangoes_purchased FROM tango_joke WHERE user_id = ?1")
                .setParameter(1, user).getSingleResult()).intValue();
    }
}
