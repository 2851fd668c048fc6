package gg.pickban.league.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueCounts;
import gg.pickban.league.control.LeagueEditor;
import gg.pickban.league.control.LeagueRoles;
import gg.pickban.league.control.LeagueState;
import gg.pickban.league.entity.League;
import gg.pickban.league.entity.Organization;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.platform.control.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
import jakarta.ws.rs.QueryParam;
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
 * {@code /api/leagues/}: the league router. Anyone reads; organization admins
 * create leagues in their organizations (staff also without one, docs/decisions.md D5); league admins edit and
 * delete, under the extra rules of docs/decisions.md D5 for admins and organization links.
 */
@Tag(name = "league")
@Path("leagues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeaguesResource {

    static final String MUST_BE_ORG_ADMIN = "Must be organization admin to create league";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    LeagueEditor editor;

    @Inject
    LeagueCounts counts;

    @Operation(summary = "List leagues, optionally of one organization")
    @GET
    @Transactional
    public List<LeagueList> list(@QueryParam("organization") String organization) {
        Long organizationId = organizationFilter(organization);
        TypedQuery<League> query = organizationId == null ? em.createNamedQuery(League.ALL, League.class)
                : em.createNamedQuery(League.OF_ORGANIZATION, League.class).setParameter("organization", organizationId);
        Map<Long, Long> tournaments = counts.tournamentsPerLeague();
        return query.getResultStream().map(l -> LeagueList.from(l, tournaments.getOrDefault(l.id(), 0L))).toList();
    }

    @Operation(summary = "Read a league")
    @GET
    @Path("{pk: [0-9]+}")
    @Transactional
    public LeagueFull get(@PathParam("pk") long pk) {
        League league = existing(pk);
        return LeagueFull.from(league, counts.tournamentsOf(pk));
    }

    /** Check order: unknown organization (404), then permission (docs/decisions.md D5), then the fields. */
    @Operation(summary = "Create a league (organization admins; staff also without one)")
    @APIResponse(responseCode = "201", description = "The created league.",
            content = @Content(schema = @Schema(implementation = LeagueFull.class)))
    @POST
    @Transactional
    public Response create(JsonBody body) {
        User me = caller.require();
        List<Organization> organizations = requestedOrganizations(body);
        if (!LeagueRoles.canCreateLeagueIn(me, organizations)) {
            throw new WebApplicationException(ErrorBody.detail(403, MUST_BE_ORG_ADMIN));
        }
        League league = editor.create(editor.read(Input.of(body.json()), null));
        return Response.status(201).entity(LeagueFull.created(league)).build();
    }

    @Operation(summary = "Replace a league (league admins)")
    @PUT
    @Path("{pk: [0-9]+}")
    @Transactional
    public LeagueFull replace(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.of(body.json()));
    }

    @Operation(summary = "Change fields of a league (league admins)")
    @PATCH
    @Path("{pk: [0-9]+}")
    @Transactional
    public LeagueFull patch(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.partial(body.json()));
    }

    /** Tournaments stay with no league; games attached directly to the league go with it (foreign keys). */
    @Operation(summary = "Delete a league (league admins)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{pk: [0-9]+}")
    @Transactional
    public Response delete(@PathParam("pk") long pk) {
        User me = caller.require();
        League league = existing(pk);
        if (!LeagueRoles.isLeagueAdmin(me, league)) {
            throw refused();
        }
        em.remove(league);
        return Response.noContent().build();
    }

    private LeagueFull update(long pk, Input in) {
        User me = caller.require();
        League league = existing(pk);
        if (!LeagueRoles.isLeagueAdmin(me, league)) {
            throw refused();
        }
        LeagueState state = editor.read(in, league);
        if (!LeagueRoles.mayApply(me, league, state)) {
            throw refused();
        }
        editor.update(league, state);
        return LeagueFull.from(league, counts.tournamentsOf(pk));
    }

    /**
     * The organizations {@code organization_ids} names, each of which must exist (404 before anything
     * else); an unreadable list names none, so only staff get on to its 400.
     */
    private List<Organization> requestedOrganizations(JsonBody body) {
        Input probe = Input.of(body.json());
        List<Long> ids = probe.pkList("organization_ids");
        if (ids == null || !probe.isValid()) {
            return List.of();
        }
        return ids.stream().map(id -> {
            Organization organization = em.find(Organization.class, id);
            if (organization == null) {
                throw new WebApplicationException(ErrorBody.detail(404, "Organization " + id + " not found"));
            }
            return organization;
        }).toList();
    }

    /** {@code ?organization=}: absent or empty means all; anything but an integer is a 400 field error. */
    private static Long organizationFilter(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Input query = Input.of(Jsonp.createObjectBuilder().add("organization", text).build());
        Long id = query.longInteger("organization");
        query.validate();
        return id;
    }

    private League existing(long pk) {
        League league = em.find(League.class, pk);
        if (league == null) {
            throw new NotFoundException();
        }
        return league;
    }

    private static WebApplicationException refused() {
        return new WebApplicationException(ErrorBody.detail(403, Caller.NO_PERMISSION));
    }
}
