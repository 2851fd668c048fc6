package gg.pickban.bracket.boundary;

import gg.pickban.bracket.entity.Placements;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.tournament.control.NestedDrafts;
import gg.pickban.tournament.control.TournamentRoles;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/bracket/games/{id}/advance-winner/} (docs/rules.md §6.2): the winner moves on, the
 * loser drops to the losers bracket or gets its placement (§6.3).
 */
@Tag(name = "bracket")
@Path("bracket/games/{id: [0-9]+}/advance-winner")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdvanceWinnerResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    NestedDrafts drafts;

    @Operation(summary = "Advance a bracket game's winner into the next games")
    @POST
    @Transactional
    public Response advance(@PathParam("id") long id, JsonBody body) {
        User user = caller.require();
        Game game = em.find(Game.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (game == null) {
            return ErrorBody.error(404, "Game not found");
        }
        if (!TournamentRoles.canManageGame(user, game)) {
            return ErrorBody.error(403, "You do not have permission to manage this game");
        }
        String slot = body.json().get("winner") instanceof JsonString s ? s.getString() : null;
        if (slot == null || !Game.SLOTS.contains(slot)) {
            return ErrorBody.error(400, "Invalid winner slot");
        }
        Team winner = game.teamIn(slot);
        if (winner == null) {
            return ErrorBody.error(400, "No " + slot + " team assigned");
        }
        Team loser = game.complete(slot);
        if (game.nextGame() != null && game.nextGameSlot() != null) {
            game.nextGame().seat(game.nextGameSlot(), winner);
        }
        if (loser != null) {
            if ("double".equals(game.eliminationType()) && game.loserNextGame() != null && game.loserNextGameSlot() != null) {
                game.loserNextGame().seat(game.loserNextGameSlot(), loser);
            } else {
                Integer placement = Placements.ofLoser(game.bracketType(), game.round(), highestLosersRound(game));
                if (placement != null) {
                    loser.place(placement);
                }
            }
        }
        if ("grand_finals".equals(game.bracketType())) {
            winner.place(1);
        }
        return Response.ok(BracketGame.from(game, drafts.heroDraftIdsOf(List.of(game)))).build();
    }

    private static Integer highestLosersRound(Game game) {
        if (game.tournament() == null) {
            return null;
        }
        return game.tournament().games().stream().filter(g -> "losers".equals(g.bracketType()))
                .map(Game::round).max(Integer::compare).orElse(null);
    }
}
