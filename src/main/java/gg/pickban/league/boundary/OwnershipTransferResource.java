package gg.pickban.league.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueRoles;
import gg.pickban.league.entity.AdminAction;
import gg.pickban.league.entity.Organization;
import gg.pickban.platform.boundary.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/organizations/{id}/transfer-ownership/} (docs/rules.md §2.2): the owner hands the
 * organization to one of its admins; a superuser may hand it to anyone.
 */
@Tag(name = "league")
@Path("organizations/{id: [0-9]+}/transfer-ownership")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnershipTransferResource {

    @Inject
    RoleChanges changes;

    @Inject
    Clock clock;

    @Operation(summary = "Transfer an organization to another owner (the owner)")
    @POST
    @Transactional
    public OwnershipTransferred transfer(@PathParam("id") long id, JsonBody body) {
        User me = changes.caller();
        Organization organization = changes.organization(id);
        changes.permit(LeagueRoles.isOrgOwnerOrSuperuser(me, organization), "Only owner or site admin can transfer ownership");
        User newOwner = changes.target(body);
        organization.transferOwnership(newOwner, me.isSuperuser(), clock.instant());
        changes.audit(organization, me, AdminAction.TRANSFER_OWNERSHIP, newOwner);
        return OwnershipTransferred.to(newOwner);
    }
}
