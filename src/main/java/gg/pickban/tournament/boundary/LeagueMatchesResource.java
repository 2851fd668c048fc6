package gg.pickban.tournament.boundary;

import gg.pickban.league.entity.League;
import gg.pickban.tournament.entity.Game;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/leagues/{pk}/matches/}: the games played in a league, directly or
 * through a tournament, newest game first. A more specific template than the league router's
 * {@code leagues}, so JAX-RS picks this class for the path.
 */
@Tag(name = "tournament")
@Path("leagues/{pk: [0-9]+}/matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeagueMatchesResource {

    @PersistenceContext
    EntityManager em;

    @Operation(summary = "List a league's games")
    @GET
    @Transactional
    public List<LeagueMatch> matches(@PathParam("pk") long pk, @QueryParam("tournament") String tournament,
            @QueryParam("linked_only") String linkedOnly) {
        if (em.find(League.class, pk) == null) {
            throw new NotFoundException();
        }
        Long tournamentPk = QueryFilters.pk("tournament", tournament);
        boolean linked = "true".equalsIgnoreCase(linkedOnly) || "1".equals(linkedOnly);
        String jpql = "SELECT g FROM Game g LEFT JOIN g.league gl LEFT JOIN g.tournament t LEFT JOIN t.league tl"
                + " WHERE (gl.id = :league OR tl.id = :league)"
                + (tournamentPk != null ? " AND t.id = :tournament" : "")
                + (linked ? " AND g.gameid IS NOT NULL" : "")
                + " ORDER BY g.id DESC";
        TypedQuery<Game> query = em.createQuery(jpql, Game.class).setParameter("league", pk);
        if (tournamentPk != null) {
            query.setParameter("tournament", tournamentPk);
        }
        return query.getResultStream().map(LeagueMatch::from).toList();
    }
}
