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

/** {@code /api/leagues/{id}/staff/} (league.md §3.3): league admins (inherited ones included) manage staff. */
@Tag(name = "league")
@Path("leagues/{id: [0-9]+}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeagueStaffResource {

    @Inject
    RoleChanges changes;

    @Operation(summary = "Make a user league staff")
    @POST
    @Transactional
    public RoleAdded add(@PathParam("id") long id, JsonBody body) {
        User me = changes.caller();
        League league = changes.league(id);
        changes.permit(LeagueRoles.isLeagueAdmin(me, league), LeagueAdminsResource.MANAGE);
        User user = changes.target(body);
        league.addStaff(user);
        changes.audit(league, me, AdminAction.ADD_STAFF, user);
        return RoleAdded.of(user);
    }

    @Operation(summary = "Remove a league staff member")
    @DELETE
    @Path("{userId: [0-9]+}")
    @Transactional
    public RoleRemoved remove(@PathParam("id") long id, @PathParam("userId") long userId) {
        User me = changes.caller();
        League league = changes.league(id);
        changes.permit(LeagueRoles.isLeagueAdmin(me, league), LeagueAdminsResource.MANAGE);
        User user = changes.target(userId);
        league.removeStaff(user);
        changes.audit(league, me, AdminAction.REMOVE_STAFF, user);
        return RoleRemoved.ANSWER;
    }
}
