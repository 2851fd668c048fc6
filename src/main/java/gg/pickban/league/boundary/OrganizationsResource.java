package gg.pickban.league.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueCounts;
import gg.pickban.league.control.LeagueRoles;
import gg.pickban.league.control.OrganizationEditor;
import gg.pickban.league.control.OrganizationState;
import gg.pickban.league.entity.Organization;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/organizations/}: the organization router. Anyone reads; staff create
 * and delete; organization admins edit, and only the owner or a superuser changes the owner or
 * drops admins (docs/decisions.md D5).
 */
@Tag(name = "league")
@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrganizationEditor editor;

    @Inject
    LeagueCounts counts;

    @Operation(summary = "List organizations")
    @GET
    @Transactional
    public List<OrganizationList> list() {
        Map<Long, Long> leagues = counts.leaguesPerOrganization();
        return em.createNamedQuery(Organization.ALL, Organization.class).getResultStream()
                .map(o -> OrganizationList.from(o, leagues.getOrDefault(o.id(), 0L))).toList();
    }

    @Operation(summary = "Read an organization")
    @GET
    @Path("{pk: [0-9]+}")
    @Transactional
    public OrganizationFull get(@PathParam("pk") long pk) {
        return full(existing(pk));
    }

    @Operation(summary = "Create an organization (staff)")
    @APIResponse(responseCode = "201", description = "The created organization.",
            content = @Content(schema = @Schema(implementation = OrganizationFull.class)))
    @POST
    @Transactional
    public Response create(JsonBody body) {
        caller.requireStaff();
        Organization organization = editor.create(editor.read(Input.of(body.json()), null));
        return Response.status(201).entity(OrganizationFull.created(organization)).build();
    }

    @Operation(summary = "Replace an organization (organization admins)")
    @PUT
    @Path("{pk: [0-9]+}")
    @Transactional
    public OrganizationFull replace(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.of(body.json()));
    }

    @Operation(summary = "Change fields of an organization (organization admins)")
    @PATCH
    @Path("{pk: [0-9]+}")
    @Transactional
    public OrganizationFull patch(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.partial(body.json()));
    }

    /** Leagues stay (only their link goes); users' default organization becomes null (foreign keys). */
    @Operation(summary = "Delete an organization (staff)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{pk: [0-9]+}")
    @Transactional
    public Response delete(@PathParam("pk") long pk) {
        caller.requireStaff();
        em.remove(existing(pk));
        return Response.noContent().build();
    }

    private OrganizationFull update(long pk, Input in) {
        User me = caller.require();
        Organization organization = existing(pk);
        if (!LeagueRoles.isOrgAdmin(me, organization)) {
            throw refused();
        }
        OrganizationState state = editor.read(in, organization);
        if (!LeagueRoles.mayApply(me, organization, state)) {
            throw refused();
        }
        editor.update(organization, state);
        return full(organization);
    }

    private OrganizationFull full(Organization organization) {
        long pk = organization.id();
        return OrganizationFull.from(organization, counts.leaguesOf(pk), counts.tournamentsOfOrganization(pk));
    }

    private Organization existing(long pk) {
        Organization organization = em.find(Organization.class, pk);
        if (organization == null) {
            throw new NotFoundException();
        }
        return organization;
    }

    private static WebApplicationException refused() {
        return new WebApplicationException(ErrorBody.detail(403, Caller.NO_PERMISSION));
    }
}
