package gg.pickban.tournament.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.tournament.control.GameChanges;
import gg.pickban.tournament.control.GameEditor;
import gg.pickban.tournament.control.TournamentRoles;
import gg.pickban.tournament.entity.Game;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/games/}: the game router. Writes need CanManageGame of the game as
 * it is and as it will be saved (docs/decisions.md D5); a game without a league anywhere is staff-only.
 */
@Tag(name = "tournament")
@Path("games")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GamesResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    GameEditor editor;

    @Inject
    TournamentShapes shapes;

    @Operation(summary = "List games")
    @GET
    @Transactional
    public List<GameFull> list() {
        return shapes.games(em.createNamedQuery(Game.BY_PK, Game.class).getResultList());
    }

    /** Also {@code POST /api/game/register}. */
    @Operation(summary = "Create a game")
    @APIResponse(responseCode = "201", description = "The created game.",
            content = @Content(schema = @Schema(implementation = GameFull.class)))
    @POST
    @Transactional
    public Response create(JsonBody body) {
        User user = caller.require();
        GameChanges changes = editor.read(Input.of(body.json()));
        if (!TournamentRoles.canManageGamesOf(user, changes.tournamentAfter(null))) {
            throw Denied.because(Denied.CREATE_GAME);
        }
        return Response.status(201).entity(shapes.game(editor.create(changes))).build();
    }

    @Operation(summary = "Read a game")
    @GET
    @Path("{pk: [0-9]+}")
    @Transactional
    public GameFull get(@PathParam("pk") long pk) {
        return shapes.game(existing(pk));
    }

    @Operation(summary = "Replace a game (game managers)")
    @PUT
    @Path("{pk: [0-9]+}")
    @Transactional
    public GameFull replace(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.of(body.json()));
    }

    @Operation(summary = "Change fields of a game (game managers)")
    @PATCH
    @Path("{pk: [0-9]+}")
    @Transactional
    public GameFull patch(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.partial(body.json()));
    }

    @Operation(summary = "Delete a game (game managers)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{pk: [0-9]+}")
    @Transactional
    public Response delete(@PathParam("pk") long pk) {
        User user = caller.require();
        Game game = existing(pk);
        if (!TournamentRoles.canManageGame(user, game)) {
            throw Denied.because(Denied.MANAGE_GAME);
        }
        editor.delete(game);
        return Response.noContent().build();
    }

    private GameFull update(long pk, Input in) {
        User user = caller.require();
        Game game = existing(pk);
        if (!TournamentRoles.canManageGame(user, game)) {
            throw Denied.because(Denied.MANAGE_GAME);
        }
        GameChanges changes = editor.read(in);
        if (changes.movesTournament(game)
                && !TournamentRoles.canManageGame(user, game.league(), changes.tournamentAfter(game))) {
            throw Denied.because(Denied.MANAGE_GAME);
        }
        editor.update(game, changes);
        return shapes.game(game);
    }

    private Game existing(long pk) {
        return Optional.ofNullable(em.find(Game.class, pk)).orElseThrow(NotFoundException::new);
    }
}
