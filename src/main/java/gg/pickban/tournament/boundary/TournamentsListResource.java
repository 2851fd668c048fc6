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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/tournaments-list/}: read-only, newest first, with the same filters as the router. */
@Tag(name = "tournament")
@Path("tournaments-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TournamentsListResource {

    @Inject
    TournamentSearch search;

    @Inject
    DerivedJson derived;

    @Operation(summary = "List tournaments for the tournament list page")
    @APIResponse(responseCode = "200", description = "The tournaments.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TournamentListItem.class)))
    @GET
    @Transactional
    public byte[] list(@QueryParam("organization") String organization, @QueryParam("league") String league) {
        Long organizationPk = QueryFilters.pk("organization", organization);
        Long leaguePk = QueryFilters.pk("league", league);
        return derived.get("tournaments-list:" + organizationPk + ":" + leaguePk, () -> JsonSettings.jsonb().toJson(
                search.newestFirst(leaguePk, organizationPk).stream().map(TournamentListItem::from).toList()));
    }

    @Operation(summary = "Read a tournament for the tournament list page")
    @GET
    @Path("{pk: [0-9]+}")
    @Transactional
    public TournamentListItem get(@PathParam("pk") long pk) {
        return Optional.ofNullable(search.find(pk)).map(TournamentListItem::from).orElseThrow(NotFoundException::new);
    }
}
