package gg.pickban.league.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueRoles;
import gg.pickban.league.entity.AdminAction;
import gg.pickban.league.entity.League;
import gg.pickban.platform.boundary.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/leagues/{id}/admins/} (league.md §3.3): site staff and admins of a linked
 * organization appoint league admins; league admins themselves may not.
 */
@Tag(name = "league")
@Path("leagues/{id: [0-9]+}/admins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeagueAdminsResource {

    static final String MANAGE = "You do not have permission to manage this league";

    @Inject
    RoleChanges changes;

    @Operation(summary = "Make a user a league admin")
    @POST
    @Transactional
    public RoleAdded add(@PathParam("id") long id, JsonBody body) {
        User me = changes.caller();
        League league = changes.league(id);
        changes.permit(LeagueRoles.canManageLeagueAdmins(me, league), MANAGE);
        User user = changes.target(body);
        league.addAdmin(user);
        changes.audit(league, me, AdminAction.ADD_ADMIN, user);
        return RoleAdded.of(user);
    }

    @Operation(summary = "Remove a league admin")
    @DELETE
    @Path("{userId: [0-9]+}")
    @Transactional
    public RoleRemoved remove(@PathParam("id") long id, @PathParam("userId") long userId) {
        User me = changes.caller();
        League league = changes.league(id);
        changes.permit(LeagueRoles.canManageLeagueAdmins(me, league), MANAGE);
        User user = changes.target(userId);
        league.removeAdmin(user);
        changes.audit(league, me, AdminAction.REMOVE_ADMIN, user);
        return RoleRemoved.ANSWER;
    }
}
