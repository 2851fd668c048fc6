package gg.pickban.tournament.boundary;

import gg.pickban.platform.boundary.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/game/register}: the router's create under another name, same rules (D5). */
@Path("game/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GameRegisterResource {

    @Inject
    GamesResource games;

    @POST
    public Response register(JsonBody body) {
        return games.create(body);
    }
}
