package gg.pickban.steam.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.steam.control.MatchLinker;
import gg.pickban.steam.entity.GameMatchSuggestion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stored match suggestions: lists by tournament or game, best first; staff confirm or dismiss them (docs/rules.md §7.7). */
@Tag(name = "steam")
@Path("steam/suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionsResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MatchLinker linker;

    @Operation(summary = "List the match suggestions of a tournament")
    @GET
    @Path("tournament/{tournament_id: [0-9]+}")
    public List<StoredSuggestion> ofTournament(@PathParam("tournament_id") long tournamentId) {
        return em.createNamedQuery(GameMatchSuggestion.OF_TOURNAMENT, GameMatchSuggestion.class)
                .setParameter("tournament", tournamentId).getResultStream().map(StoredSuggestion::from).toList();
    }

    @Operation(summary = "List the match suggestions of a game")
    @GET
    @Path("game/{game_id: [0-9]+}")
    public List<StoredSuggestion> ofGame(@PathParam("game_id") long gameId) {
        return em.createNamedQuery(GameMatchSuggestion.OF_GAME, GameMatchSuggestion.class)
                .setParameter("game", gameId).getResultStream().map(StoredSuggestion::from).toList();
    }

    @Operation(summary = "Confirm a suggestion: link its match to its game")
    @APIResponse(responseCode = "200", description = "The confirmed link.")
    @POST
    @Path("{id: [0-9]+}/confirm")
    @Transactional
    public Response confirm(@PathParam("id") long id) {
        caller.requireStaff();
        GameMatchSuggestion suggestion = em.find(GameMatchSuggestion.class, id);
        if (suggestion == null || suggestion.game().steamMatchId() != null) {
            return ErrorBody.error(400, "Suggestion not found or game already linked");
        }
        linker.link(suggestion.game(), suggestion.match());
        suggestion.confirm();
        return Response.ok(Map.of("status", "confirmed")).build();
    }

    @Operation(summary = "Dismiss a suggestion")
    @APIResponse(responseCode = "200", description = "Dismissed.")
    @POST
    @Path("{id: [0-9]+}/dismiss")
    @Transactional
    public Response dismiss(@PathParam("id") long id) {
        caller.requireStaff();
        GameMatchSuggestion suggestion = em.find(GameMatchSuggestion.class, id);
        if (suggestion == null) {
            return ErrorBody.error(404, "Suggestion not found");
        }
        em.remove(suggestion);
        return Response.ok(Map.of("status", "dismissed")).build();
    }
}
