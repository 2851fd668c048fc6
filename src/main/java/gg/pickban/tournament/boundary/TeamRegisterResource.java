package gg.pickban.tournament.boundary;

import gg.pickban.platform.boundary.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/team/register}: the router's create under another name, for staff. */
@Path("team/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamRegisterResource {

    @Inject
    TeamsResource teams;

    @POST
    public Response register(JsonBody body) {
        return teams.create(body);
    }
}
