package gg.pickban.e2e.boundary;

import gg.pickban.e2e.control.E2eSeed;
import gg.pickban.platform.boundary.TestEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test-only {@code POST /api/tests/reset-all/} (docs/e2e-seed.md §1, docs/decisions.md D52): the start-up seed at run
 * time, with sessions, caches and realtime state dropped. Behind {@code TestEndpointsGate}.
 */
@TestEndpoint
@Tag(name = "e2e")
@Path("tests/reset-all")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResetAllResource {

    @Inject
    E2eSeed seed;

    @Operation(summary = "Wipe and re-seed the database (test only)")
    @POST
    public Map<String, String> reset() {
        seed.reseed();
        return Map.of("status", "reset");
    }
}
