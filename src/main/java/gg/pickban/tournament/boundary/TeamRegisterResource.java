package gg.pickban.tournament.boundary;

import gg.pickban.platform.boundary.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/team/register}: the router's create under another name, for staff. */
@Tag(name = "tournament")
@Path("team/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamRegisterResource {

    @Inject
    TeamsResource teams;

    @Operation(summary = "Create a team (the router's create under another name)")
    @APIResponse(responseCode = "201", description = "The created team.",
            content = @Content(schema = @Schema(implementation = TeamFull.class)))
    @POST
    public Response register(JsonBody body) {
        return teams.create(body);
    }
}
