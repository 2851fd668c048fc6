package gg.pickban.tournament.boundary;

import gg.pickban.cluster.control.DerivedJson;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.control.Input;
import gg.pickban.tournament.control.TournamentChanges;
import gg.pickban.tournament.control.TournamentEditor;
import gg.pickban.tournament.control.TournamentRoles;
import gg.pickban.tournament.control.TournamentSearch;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tournaments/}: the tournament router. Writes follow docs/decisions.md D5: staff, or
 * LeagueAdmin of the league the tournament is in and of the one it moves to.
 */
@Tag(name = "tournament")
@Path("tournaments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TournamentsResource {

    @Inject
    Caller caller;

    @Inject
    TournamentSearch search;

    @Inject
    TournamentEditor editor;

    @Inject
    TournamentShapes shapes;

    @Inject
    DerivedJson derived;

    /**
     * Reads are rendered once per data generation (the draft UI re-reads after every pick); only a
     * rendering opens a transaction, a cached answer costs no database work at all.
     */
    @Operation(summary = "List tournaments, optionally of an organization or league")
    @APIResponse(responseCode = "200", description = "The tournaments.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TournamentFull.class)))
    @GET
    public byte[] list(@QueryParam("organization") String organization, @QueryParam("league") String league) {
        Long organizationPk = QueryFilters.pk("organization", organization);
        Long leaguePk = QueryFilters.pk("league", league);
        return derived.get("tournaments:" + organizationPk + ":" + leaguePk,
                () -> JsonSettings.jsonb().toJson(shapes.newestFirst(leaguePk, organizationPk)));
    }

    /** Also {@code POST /api/tournament/register}. */
    @Operation(summary = "Create a tournament (staff or admins of its league)")
    @APIResponse(responseCode = "201", description = "The created tournament.",
            content = @Content(schema = @Schema(implementation = TournamentFull.class)))
    @POST
    @Transactional
    public Response create(JsonBody body) {
        User user = caller.require();
        TournamentChanges changes = editor.read(Input.of(body.json()), null);
        League league = changes.leagueAfter(null);
        if (!TournamentRoles.canPlaceTournamentIn(user, league)) {
            throw league == null ? Denied.generic() : Denied.because(Denied.CREATE_TOURNAMENT);
        }
        return Response.status(201).entity(shapes.full(editor.create(changes))).build();
    }

    @Operation(summary = "Read a tournament with teams, games and draft")
    @APIResponse(responseCode = "200", description = "The tournament.",
            content = @Content(schema = @Schema(implementation = TournamentFull.class)))
    @GET
    @Path("{pk: [0-9]+}")
    public byte[] get(@PathParam("pk") long pk) {
        return derived.get(detailKey(pk),
                () -> JsonSettings.jsonb().toJson(shapes.fullOf(pk).orElseThrow(NotFoundException::new)));
    }

    static String detailKey(long pk) {
        return "tournament:" + pk;
    }

    @Operation(summary = "Replace a tournament (staff or admins of its league)")
    @PUT
    @Path("{pk: [0-9]+}")
    @Transactional
    public TournamentFull replace(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.of(body.json()));
    }

    @Operation(summary = "Change fields of a tournament (staff or admins of its league)")
    @PATCH
    @Path("{pk: [0-9]+}")
    @Transactional
    public TournamentFull patch(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.partial(body.json()));
    }

    @Operation(summary = "Delete a tournament (staff or admins of its league)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{pk: [0-9]+}")
    @Transactional
    public Response delete(@PathParam("pk") long pk) {
        User user = caller.require();
        Tournament tournament = existing(pk);
        if (!TournamentRoles.canEditTournament(user, tournament)) {
            throw Denied.because(Denied.EDIT_TOURNAMENT);
        }
        editor.delete(tournament);
        return Response.noContent().build();
    }

    private TournamentFull update(long pk, Input in) {
        User user = caller.require();
        Tournament tournament = existing(pk);
        if (!TournamentRoles.canEditTournament(user, tournament)) {
            throw Denied.because(Denied.EDIT_TOURNAMENT);
        }
        TournamentChanges changes = editor.read(in, tournament);
        League target = changes.leagueAfter(tournament);
        if (changes.movesLeague(tournament) && target != null && !TournamentRoles.canPlaceTournamentIn(user, target)) {
            throw Denied.because(Denied.EDIT_TOURNAMENT);
        }
        editor.update(tournament, changes);
        return shapes.full(tournament);
    }

    private Tournament existing(long pk) {
        Tournament tournament = search.find(pk);
        if (tournament == null) {
            throw new NotFoundException();
        }
        return tournament;
    }
}
