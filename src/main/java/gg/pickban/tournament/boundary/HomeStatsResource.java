package gg.pickban.tournament.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/home-stats/}: counted on every read, so a create or delete shows at once (docs/decisions.md D10). */
@Tag(name = "tournament")
@Path("home-stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HomeStatsResource {

    @PersistenceContext
    EntityManager em;

    @Operation(summary = "Count tournaments, games, organizations and leagues")
    @GET
    public HomeStats get() {
        return new HomeStats(count("Tournament"), count("Game"), count("Organization"), count("League"));
    }

    private long count(String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }
}
