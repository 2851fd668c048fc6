package gg.pickban.steam.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.steam.control.MatchSuggestions;
import gg.pickban.steam.entity.SteamMatch;
import gg.pickban.tournament.control.TournamentRoles;
import gg.pickban.tournament.entity.Game;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bracket match modal: candidate matches with tiers, manual link and unlink (docs/rules.md §7.7). */
@Tag(name = "steam")
@Path("steam/games/{game_id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GameLinkResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MatchSuggestions suggestions;

    @PathParam("game_id")
    long gameId;

    @Operation(summary = "Suggest Steam matches for a game")
    @GET
    @Path("match-suggestions")
    @Transactional
    public Map<String, Object> matchSuggestions(@QueryParam("search") String search) {
        Game game = game();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("suggestions", suggestions.forGame(game, search).stream().map(c -> MatchSuggestionJson.from(c, game)).toList());
        answer.put("linked_match_id", game.steamMatchId());
        return answer;
    }

    /** Sets the match id only; the winner is the bracket's business here. */
    @Operation(summary = "Link a Steam match to a game")
    @APIResponse(responseCode = "200", description = "The game with its match.")
    @POST
    @Path("link-match")
    @Transactional
    public Response link(JsonBody body) {
        User user = caller.require();
        Game game = game();
        if (!TournamentRoles.canManageGame(user, game)) {
            return ErrorBody.error(403, "You do not have permission to link matches for this game");
        }
        Input in = Input.of(body.json());
        Long matchId = in.field("match_id").required().longInteger();
        in.validate();
        if (em.find(SteamMatch.class, matchId) == null) {
            return ErrorBody.error(404, "Match not found");
        }
        game.recordSteamMatch(matchId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "linked");
        answer.put("match_id", matchId);
        return Response.ok(answer).build();
    }

    @Operation(summary = "Unlink the game's Steam match")
    @APIResponse(responseCode = "200", description = "The game without its match.")
    @DELETE
    @Path("unlink-match")
    @Transactional
    public Response unlink() {
        User user = caller.require();
        Game game = game();
        if (!TournamentRoles.canManageGame(user, game)) {
            return ErrorBody.error(403, "You do not have permission to unlink matches for this game");
        }
        game.unlinkSteamMatch();
        return Response.ok(Map.of("status", "unlinked")).build();
    }

    private Game game() {
        Game game = em.find(Game.class, gameId);
        if (game == null) {
            throw new WebApplicationException(ErrorBody.error(404, "Game not found"));
        }
        return game;
    }
}
