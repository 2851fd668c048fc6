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

/** {@code /api/tournaments-basic/}: read-only, by pk (league.md §4.2). */
@Path("tournaments-basic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TournamentsBasicResource {

    @Inject
    TournamentSearch search;

    @GET
    @Transactional
    public List<TournamentBasic> list() {
        return search.byPk().stream().map(TournamentBasic::from).toList();
    }

    @GET
    @Path("{pk: [0-9]+}")
    @Transactional
    public TournamentBasic get(@PathParam("pk") long pk) {
        return Optional.ofNullable(search.find(pk)).map(TournamentBasic::from).orElseThrow(NotFoundException::new);
    }
}
