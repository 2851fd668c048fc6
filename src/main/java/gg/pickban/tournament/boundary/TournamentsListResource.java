package gg.pickban.tournament.boundary;

import gg.pickban.cluster.control.DerivedJson;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.tournament.control.TournamentSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** {@code /api/tournaments-list/}: read-only, newest first, with the same filters as the router (league.md §4.2). */
@Path("tournaments-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TournamentsListResource {

    @Inject
    TournamentSearch search;

    @Inject
    DerivedJson derived;

    @GET
    @Transactional
    public byte[] list(@QueryParam("organization") String organization, @QueryParam("league") String league) {
        Long organizationPk = QueryFilters.pk("organization", organization);
        Long leaguePk = QueryFilters.pk("league", league);
        return derived.get("tournaments-list:" + organizationPk + ":" + leaguePk, () -> JsonSettings.jsonb().toJson(
                search.newestFirst(leaguePk, organizationPk).stream().map(TournamentListItem::from).toList()));
    }

    @GET
    @Path("{pk: [0-9]+}")
    @Transactional
    public TournamentListItem get(@PathParam("pk") long pk) {
        return Optional.ofNullable(search.find(pk)).map(TournamentListItem::from).orElseThrow(NotFoundException::new);
    }
}
