package gg.pickban.steam.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.PublicOrigin;
import gg.pickban.steam.entity.LeaguePlayerStats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The configured league's leaderboard and a user's stats in it (docs/rules.md §7.4, §7.6); read straight from the database. */
@Tag(name = "steam")
@Path("steam")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeagueStatsResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "pickban.steam.league-id", defaultValue = "17929")
    int configuredLeague;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Operation(summary = "League MMR leaderboard, paginated")
    @APIResponse(responseCode = "200", description = "{count, next, previous, results}.")
    @GET
    @Path("leaderboard")
    public Response leaderboard(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("sort_by") String sortBy, @QueryParam("order") String order) {
        List<LeaderboardEntry> rows = em.createQuery("SELECT s FROM LeaguePlayerStats s JOIN FETCH s.user"
                        + " WHERE s.leagueId = :league AND s.gamesPlayed > 0", LeaguePlayerStats.class)
                .setParameter("league", configuredLeague).getResultStream().map(LeaderboardEntry::from)
                .sorted(LeaderboardOrder.of(sortBy, order)).toList();
        Map<String, List<String>> query = uri.getQueryParameters();
        String url = PublicOrigin.of(headers, uri) + uri.getRequestUri().getRawPath();
        return LeaderboardPage.of(page, pageSize, rows.size())
                .map(p -> Response.ok(p.of(rows, url, query)).build())
                .orElseGet(() -> ErrorBody.detail(404, "Invalid page."));
    }

    @Operation(summary = "Read the caller's league stats")
    @APIResponse(responseCode = "200", description = "The caller's stats per league.")
    @GET
    @Path("league-stats/me")
    public Response mine() {
        long userId = caller.require().id();
        return stats(userId).map(s -> Response.ok(LeaguePlayerStatsJson.from(s)).build())
                .orElseGet(() -> ErrorBody.error(404, "No league stats found"));
    }

    @Operation(summary = "Read a user's league stats")
    @APIResponse(responseCode = "200", description = "The user's stats per league.")
    @GET
    @Path("league-stats/{user_id: [0-9]+}")
    public Response ofUser(@PathParam("user_id") long userId) {
        return stats(userId).map(s -> Response.ok(LeaguePlayerStatsJson.from(s)).build())
                .orElseGet(() -> ErrorBody.error(404, "No league stats found for this user"));
    }

    private Optional<LeaguePlayerStats> stats(long userId) {
        return em.createQuery("SELECT s FROM LeaguePlayerStats s JOIN FETCH s.user WHERE s.userId = :user AND s.leagueId = :league",
                LeaguePlayerStats.class).setParameter("user", userId).setParameter("league", configuredLeague)
                .getResultStream().findFirst();
    }
}
