package gg.pickban.steam.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.steam.control.LeagueSync;
import gg.pickban.steam.control.PlayerLinks;
import gg.pickban.steam.control.SyncStates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff-triggered league sync and retry of failed matches, and everyone's view of a league's sync
 * state, and relinking player rows (docs/rules.md §7.3, §7.7). Sync and retry run without a transaction:
 * they call Steam between their own short ones.
 */
@Tag(name = "steam")
@Path("steam")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    @Inject
    Caller caller;

    @Inject
    LeagueSync sync;

    @Inject
    SyncStates states;

    @Inject
    PlayerLinks links;

    @Inject
    @ConfigProperty(name = "pickban.steam.league-id", defaultValue = "17929")
    int configuredLeague;

    @Operation(summary = "Sync the league's matches from Steam now (staff)")
    @POST
    @Path("sync")
    public SyncCounts sync(JsonBody body) {
        caller.requireStaff();
        Input in = Input.of(body.json());
        Integer leagueId = leagueId(in);
        Boolean full = in.bool("full_sync");
        in.validate();
        return SyncCounts.from(sync.sync(leagueId != null ? leagueId : configuredLeague, Boolean.TRUE.equals(full)));
    }

    @Operation(summary = "Fetch again the matches whose sync failed (staff)")
    @POST
    @Path("retry-failed")
    public SyncCounts retryFailed(JsonBody body) {
        caller.requireStaff();
        Input in = Input.of(body.json());
        Integer leagueId = leagueId(in);
        in.validate();
        return SyncCounts.from(sync.retryFailed(leagueId != null ? leagueId : configuredLeague));
    }

    /** Links unlinked player rows (of the given matches, or all) to users holding their Steam ids (docs/rules.md §7.7). */
    @Operation(summary = "Link stored match players to users by Steam id again (staff)")
    @POST
    @Path("relink-users")
    @Transactional
    public LinkedCount relinkUsers(JsonBody body) {
        caller.requireStaff();
        Input in = Input.of(body.json());
        List<Long> matchIds = in.field("match_ids").nullable().longList();
        in.validate();
        return new LinkedCount(links.relink(matchIds == null ? List.of() : matchIds));
    }

    /** Steam league ids are positive; 0 cannot even be stored as a league's sync state. */
    private static Integer leagueId(Input in) {
        return in.field("league_id").min(1).integer();
    }

    @Operation(summary = "Read the league sync status")
    @GET
    @Path("sync-status")
    public SyncStatus status(@QueryParam("league_id") String leagueParam) {
        int leagueId = LeagueParam.orDefault(leagueParam, configuredLeague);
        return states.find(leagueId).map(SyncStatus::from).orElseGet(() -> SyncStatus.unknown(leagueId));
    }
}
