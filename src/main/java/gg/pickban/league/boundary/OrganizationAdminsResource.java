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

/**
 * {@code /api/organizations/{id}/admins/} (league.md §2.3): organization admins add admins; only
 * the owner or a superuser removes them (site staff may not, D4).
 */
@Tag(name = "league")
@Path("organizations/{id: [0-9]+}/admins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationAdminsResource {

    static final String MANAGE = "You do not have permission to manage this organization";

    @Inject
    RoleChanges changes;

    @Operation(summary = "Make a user an organization admin")
    @POST
    @Transactional
    public RoleAdded add(@PathParam("id") long id, JsonBody body) {
        User me = changes.caller();
        Organization organization = changes.organization(id);
        changes.permit(LeagueRoles.isOrgAdmin(me, organization), MANAGE);
        User user = changes.target(body);
        organization.addAdmin(user);
        changes.audit(organization, me, AdminAction.ADD_ADMIN, user);
        return RoleAdded.of(user);
    }

    @Operation(summary = "Remove an organization admin (the owner)")
    @DELETE
    @Path("{userId: [0-9]+}")
    @Transactional
    public RoleRemoved remove(@PathParam("id") long id, @PathParam("userId") long userId) {
        User me = changes.caller();
        Organization organization = changes.organization(id);
        changes.permit(LeagueRoles.isOrgOwnerOrSuperuser(me, organization), "Only owner can remove admins");
        User user = changes.target(userId);
        organization.removeAdmin(user);
        changes.audit(organization, me, AdminAction.REMOVE_ADMIN, user);
        return RoleRemoved.ANSWER;
    }
}
