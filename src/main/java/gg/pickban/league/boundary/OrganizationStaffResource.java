package gg.pickban.league.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueRoles;
import gg.pickban.league.entity.AdminAction;
import gg.pickban.league.entity.Organization;
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

/** {@code /api/organizations/{id}/staff/} (league.md §2.3): organization admins add and remove staff. */
@Tag(name = "league")
@Path("organizations/{id: [0-9]+}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationStaffResource {

    @Inject
    RoleChanges changes;

    @Operation(summary = "Make a user organization staff")
    @POST
    @Transactional
    public RoleAdded add(@PathParam("id") long id, JsonBody body) {
        User me = changes.caller();
        Organization organization = changes.organization(id);
        changes.permit(LeagueRoles.isOrgAdmin(me, organization), OrganizationAdminsResource.MANAGE);
        User user = changes.target(body);
        organization.addStaff(user);
        changes.audit(organization, me, AdminAction.ADD_STAFF, user);
        return RoleAdded.of(user);
    }

    @Operation(summary = "Remove an organization staff member")
    @DELETE
    @Path("{userId: [0-9]+}")
    @Transactional
    public RoleRemoved remove(@PathParam("id") long id, @PathParam("userId") long userId) {
        User me = changes.caller();
        Organization organization = changes.organization(id);
        changes.permit(LeagueRoles.isOrgAdmin(me, organization), OrganizationAdminsResource.MANAGE);
        User user = changes.target(userId);
        organization.removeStaff(user);
        changes.audit(organization, me, AdminAction.REMOVE_STAFF, user);
        return RoleRemoved.ANSWER;
    }
}
