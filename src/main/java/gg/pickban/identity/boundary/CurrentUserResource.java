package gg.pickban.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/current_user} (identity.md §3): anonymous callers get 200 with a zero-byte body. */
@Path("current_user")
@RequestScoped
public class CurrentUserResource {

    @GET
    public Response get() {
        return Response.ok().build();
    }
}
