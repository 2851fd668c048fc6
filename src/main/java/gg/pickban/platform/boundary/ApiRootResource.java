package gg.pickban.platform.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/}: the router index, which also serves as a readiness probe (the frontend and health checks read it). */
@Tag(name = "platform")
@Path("/")
public class ApiRootResource {

    private static final List<String> RESOURCES = List.of("users", "tournaments", "teams", "drafts", "draftrounds",
            "games", "organizations", "leagues", "tournaments-basic", "tournaments-list");

    @Operation(summary = "List the routers (also a readiness probe)")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> index(@Context HttpHeaders headers, @Context UriInfo uri) {
        String base = PublicOrigin.of(headers, uri) + "/api/";
        Map<String, String> index = new LinkedHashMap<>();
        RESOURCES.forEach(name -> index.put(name, base + name + "/"));
        return index;
    }
}
