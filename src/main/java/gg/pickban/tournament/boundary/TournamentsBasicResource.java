package gg.pickban.tournament.boundary;

import gg.pickban.tournament.control.TournamentSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/tournaments-basic/}: read-only, by pk. */
@Tag(name = "tournament")
@Path("tournaments-basic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TournamentsBasicResource {

    @Inject
    TournamentSearch search;

    @Operation(summary = "List tournaments, basic fields")
    @GET
    @Transactional
    public List<TournamentBasic> list() {
        return search.byPk().stream().map(TournamentBasic::from).toList();
    }

    @Operation(summary = "Read a tournament, basic fields")
    @GET
    @Path("{pk: [0-9]+}")
    @Transactional
    public TournamentBasic get(@PathParam("pk") long pk) {
        return Optional.ofNullable(search.find(pk)).map(TournamentBasic::from).orElseThrow(NotFoundException::new);
    }
}
