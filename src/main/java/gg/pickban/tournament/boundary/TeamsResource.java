package gg.pickban.tournament.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.tournament.control.Disbanding;
import gg.pickban.tournament.control.TeamEditor;
import gg.pickban.tournament.entity.Team;
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

/** {@code /api/teams/}: the team router. Writes are for staff (docs/rules.md §2.3). */
@Tag(name = "tournament")
@Path("teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    TeamEditor editor;

    @Inject
    Disbanding disbanding;

    @Operation(summary = "List teams")
    @GET
    @Transactional
    public List<TeamFull> list() {
        return em.createNamedQuery(Team.BY_PK, Team.class).getResultStream().map(TeamFull::from).toList();
    }

    /** Also {@code POST /api/team/register}. */
    @Operation(summary = "Create a team (staff)")
    @APIResponse(responseCode = "201", description = "The created team.",
            content = @Content(schema = @Schema(implementation = TeamFull.class)))
    @POST
    @Transactional
    public Response create(JsonBody body) {
        caller.requireStaff();
        return Response.status(201).entity(TeamFull.from(editor.create(Input.of(body.json())))).build();
    }

    @Operation(summary = "Read a team")
    @GET
    @Path("{pk: [0-9]+}")
    @Transactional
    public TeamFull get(@PathParam("pk") long pk) {
        return TeamFull.from(existing(pk));
    }

    @Operation(summary = "Replace a team (staff)")
    @PUT
    @Path("{pk: [0-9]+}")
    @Transactional
    public TeamFull replace(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.of(body.json()));
    }

    @Operation(summary = "Change fields of a team (staff)")
    @PATCH
    @Path("{pk: [0-9]+}")
    @Transactional
    public TeamFull patch(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.partial(body.json()));
    }

    @Operation(summary = "Delete a team (staff)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{pk: [0-9]+}")
    @Transactional
    public Response delete(@PathParam("pk") long pk) {
        caller.requireStaff();
        disbanding.delete(existing(pk));
        return Response.noContent().build();
    }

    /** A team the update left empty is deleted, yet answered with its last state (200, not 204). */
    private TeamFull update(long pk, Input in) {
        caller.requireStaff();
        Team team = existing(pk);
        boolean emptied = editor.update(team, in);
        TeamFull last = TeamFull.from(team);
        if (emptied) {
            disbanding.delete(team);
        }
        return last;
    }

    private Team existing(long pk) {
        return Optional.ofNullable(em.find(Team.class, pk)).orElseThrow(NotFoundException::new);
    }
}
