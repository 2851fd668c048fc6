package gg.pickban.e2e.boundary;

import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.boundary.TestEndpoint;
import gg.pickban.tournament.boundary.TournamentShapes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Test-only {@code GET /api/tests/tournament-by-key/{key}/} (docs/e2e-seed.md §2): TournamentFull of a seeded tournament. */
@TestEndpoint
@Tag(name = "e2e")
@Path("tests/tournament-by-key/{key}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TournamentByKeyResource {

    @Inject
    SeededTournaments seeded;

    @Inject
    TournamentShapes shapes;

    @Operation(summary = "Find a seeded tournament by key (test only)")
    @APIResponse(responseCode = "200", description = "The tournament.")
    @GET
    public Response tournament(@PathParam("key") String key) {
        long pk = seeded.byKey(key).id();
        return Response.ok(JsonSettings.jsonb().toJson(shapes.fullOf(pk).orElseThrow(NotFoundException::new))).build();
    }
}
