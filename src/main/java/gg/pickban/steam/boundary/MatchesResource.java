package gg.pickban.steam.boundary;

import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.platform.control.Jsonp;
import gg.pickban.steam.control.LiveGames;
import gg.pickban.steam.control.MatchSearch;
import gg.pickban.steam.control.MatchStore;
import gg.pickban.steam.control.SteamWebApi;
import gg.pickban.steam.entity.MatchDetails;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stored and freshly fetched matches, search by players, live games; open to everyone. */
@Tag(name = "steam")
@Path("steam")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatchesResource {

    private static final Logger LOG = Logger.getLogger(MatchesResource.class.getName());

    @Inject
    MatchSearch matches;

    @Inject
    MatchStore store;

    @Inject
    SteamWebApi steam;

    @Inject
    LiveGames live;

    @Inject
    @ConfigProperty(name = "pickban.steam.league-id", defaultValue = "17929")
    int configuredLeague;

    @Operation(summary = "Read a stored Steam match")
    @GET
    @Path("matches/{match_id: [0-9]+}")
    public MatchJson stored(@PathParam("match_id") long matchId) {
        return matches.find(matchId).map(MatchJson::from).orElseThrow(NotFoundException::new);
    }

    /** Fetched from Steam and stored (a stored league stays, docs/decisions.md D57); the stored match when Steam fails. */
    @Operation(summary = "Fetch a match from Steam")
    @APIResponse(responseCode = "200", description = "The match as Steam describes it.")
    @GET
    @Path("match/{match_id: [0-9]+}")
    public Response fetched(@PathParam("match_id") long matchId) {
        Optional<MatchDetails> details = steam.matchDetails(matchId);
        try {
            details.ifPresent(d -> store.store(d, null));
        } catch (RuntimeException storedConcurrently) {
            // a sync stored the same match at this moment: answer with what it stored
            LOG.log(Level.FINE, "Storing fetched match " + matchId + " failed", storedConcurrently);
        }
        return matches.find(matchId).map(match -> Response.ok(MatchFull.from(match)).build())
                .orElseGet(() -> ErrorBody.error(404, "Failed to fetch match details"));
    }

    @Operation(summary = "Find stored matches by their players")
    @POST
    @Path("find-by-players")
    public List<MatchFull> findByPlayers(JsonBody body) {
        Input in = Input.of(body.json());
        List<Long> steamIds = in.field("steam_ids").required().nonEmpty().longList();
        Boolean requireAll = in.bool("require_all");
        Integer leagueId = in.field("league_id").nullable().integer();
        in.validate();
        return matches.withPlayers(steamIds, !Boolean.FALSE.equals(requireAll), leagueId).stream().map(MatchFull::from).toList();
    }

    @Operation(summary = "List the league's live games from Steam")
    @APIResponse(responseCode = "200", description = "The live games.")
    @GET
    @Path("live")
    public Response live(@QueryParam("league_id") String leagueParam) {
        int leagueId = LeagueParam.orDefault(leagueParam, configuredLeague);
        return Response.ok(live.ofLeague(leagueId).orElseGet(() -> Jsonp.createObjectBuilder()
                .add("games", Jsonp.createArrayBuilder()).build())).build();
    }
}
