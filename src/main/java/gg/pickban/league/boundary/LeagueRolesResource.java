package gg.pickban.league.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueRoles;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/leagues/{id}/admins/} and {@code …/staff/}: site staff and admins of a linked organization
 * appoint and remove league admins (league admins themselves may not); league admins, inherited ones
 * included, manage the league's staff.
 */
@Tag(name = "league")
@Path("leagues/{id: [0-9]+}/" + RoleName.SEGMENT)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeagueRolesResource {

    static final String MANAGE = "You do not have permission to manage this league";

    @Inject
    RoleChanges changes;

    @Operation(summary = "Make a user a league admin or staff member")
    @POST
    @Transactional
    public RoleAdded add(@PathParam("id") long id,
            @PathParam("role") @Parameter(schema = @Schema(enumeration = {"admins", "staff"})) String segment, JsonBody body) {
        RoleName role = RoleName.of(segment);
        User me = changes.caller();
        League league = permitted(id, role, me);
        User user = changes.target(body);
        if (role == RoleName.ADMINS) {
            league.addAdmin(user);
        } else {
            league.addStaff(user);
        }
        changes.audit(league, me, role.added, user);
        return RoleAdded.of(user);
    }

    @Operation(summary = "Remove a league admin or staff member")
    @DELETE
    @Path("{userId: [0-9]+}")
    @Transactional
    public RoleRemoved remove(@PathParam("id") long id,
            @PathParam("role") @Parameter(schema = @Schema(enumeration = {"admins", "staff"})) String segment, @PathParam("userId") long userId) {
        RoleName role = RoleName.of(segment);
        User me = changes.caller();
        League league = permitted(id, role, me);
        User user = changes.target(userId);
        if (role == RoleName.ADMINS) {
            league.removeAdmin(user);
        } else {
            league.removeStaff(user);
        }
        changes.audit(league, me, role.removed, user);
        return RoleRemoved.ANSWER;
    }

    private League permitted(long id, RoleName role, User me) {
        League league = changes.league(id);
        changes.permit(role == RoleName.ADMINS ? LeagueRoles.canManageLeagueAdmins(me, league) : LeagueRoles.isLeagueAdmin(me, league),
                MANAGE);
        return league;
    }
}
