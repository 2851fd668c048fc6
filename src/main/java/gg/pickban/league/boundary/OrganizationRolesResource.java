package gg.pickban.league.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueRoles;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/organizations/{id}/admins/} and {@code …/staff/}: organization admins add admins and add
 * or remove staff; only the owner or a superuser removes an admin (site staff may not: docs/decisions.md D4).
 */
@Tag(name = "league")
@Path("organizations/{id: [0-9]+}/" + RoleName.SEGMENT)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationRolesResource {

    static final String MANAGE = "You do not have permission to manage this organization";

    @Inject
    RoleChanges changes;

    @Operation(summary = "Make a user an organization admin or staff member")
    @POST
    @Transactional
    public RoleAdded add(@PathParam("id") long id,
            @PathParam("role") @Parameter(schema = @Schema(enumeration = {"admins", "staff"})) String segment, JsonBody body) {
        RoleName role = RoleName.of(segment);
        User me = changes.caller();
        Organization organization = changes.organization(id);
        changes.permit(LeagueRoles.isOrgAdmin(me, organization), MANAGE);
        User user = changes.target(body);
        if (role == RoleName.ADMINS) {
            organization.addAdmin(user);
        } else {
            organization.addStaff(user);
        }
        changes.audit(organization, me, role.added, user);
        return RoleAdded.of(user);
    }

    @Operation(summary = "Remove an organization admin (owner or superuser only) or staff member")
    @DELETE
    @Path("{userId: [0-9]+}")
    @Transactional
    public RoleRemoved remove(@PathParam("id") long id,
            @PathParam("role") @Parameter(schema = @Schema(enumeration = {"admins", "staff"})) String segment, @PathParam("userId") long userId) {
        RoleName role = RoleName.of(segment);
        User me = changes.caller();
        Organization organization = changes.organization(id);
        if (role == RoleName.ADMINS) {
            changes.permit(LeagueRoles.isOrgOwnerOrSuperuser(me, organization), "Only owner can remove admins");
        } else {
            changes.permit(LeagueRoles.isOrgAdmin(me, organization), MANAGE);
        }
        User user = changes.target(userId);
        if (role == RoleName.ADMINS) {
            organization.removeAdmin(user);
        } else {
            organization.removeStaff(user);
        }
        changes.audit(organization, me, role.removed, user);
        return RoleRemoved.ANSWER;
    }
}
