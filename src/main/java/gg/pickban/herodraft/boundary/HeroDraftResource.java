package gg.pickban.herodraft.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/herodraft/{id}/} — the same path as {@link HeroDraftSocket}: a plain GET lands
 * here, an Upgrade request on the socket. Unknown drafts are 404 (D22); hero drafts themselves
 * arrive with the hero-draft component.
 */
@Path("herodraft/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HeroDraftResource {

    @GET
    public Object get(@PathParam("id") long id) {
        throw new NotFoundException();
    }
}
