package gg.pickban.draft.boundary;

import gg.pickban.draft.control.Drafting;
import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftStyle;
import gg.pickban.identity.boundary.Caller;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/drafts/}: the draft router (draft.md §10). Reads are open; writes are staff-only and only
 * touch {@code draft_style} — changing it rebuilds nothing. A draft made here has no tournament.
 */
@Tag(name = "draft")
@Path("drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DraftsResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Drafting drafting;

    @Operation(summary = "List player drafts")
    @GET
    @Transactional
    public List<DraftFull> list() {
        return em.createNamedQuery(Draft.BY_PK, Draft.class).getResultStream().map(DraftFull::from).toList();
    }

    /** Also {@code POST /api/draft/register}. */
    @Operation(summary = "Create a player draft")
    @APIResponse(responseCode = "201", description = "The created draft.",
            content = @Content(schema = @Schema(implementation = DraftFull.class)))
    @POST
    @Transactional
    public Response create(JsonBody body) {
        caller.requireStaff();
        Input in = Input.of(body.json());
        String style = in.choice("draft_style", DraftStyle.NAMES);
        in.validate();
        Draft draft = new Draft(null, style == null ? DraftStyle.SNAKE : DraftStyle.of(style));
        em.persist(draft);
        em.flush();
        return Response.status(201).entity(DraftFull.from(draft)).build();
    }

    @Operation(summary = "Read a player draft")
    @GET
    @Path("{pk: [0-9]+}")
    @Transactional
    public DraftFull get(@PathParam("pk") long pk) {
        return DraftFull.from(Optional.ofNullable(em.find(Draft.class, pk)).orElseThrow(NotFoundException::new));
    }

    @Operation(summary = "Replace a player draft")
    @PUT
    @Path("{pk: [0-9]+}")
    @Transactional
    public DraftFull replace(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.of(body.json()));
    }

    @Operation(summary = "Change fields of a player draft (e.g. its style)")
    @PATCH
    @Path("{pk: [0-9]+}")
    @Transactional
    public DraftFull patch(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.partial(body.json()));
    }

    /** Rounds and events go with it. */
    @Operation(summary = "Delete a player draft")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{pk: [0-9]+}")
    @Transactional
    public Response delete(@PathParam("pk") long pk) {
        caller.requireStaff();
        em.remove(drafting.lockedDraft(pk).orElseThrow(NotFoundException::new));
        em.flush();
        return Response.noContent().build();
    }

    private DraftFull update(long pk, Input in) {
        caller.requireStaff();
        Draft draft = drafting.lockedDraft(pk).orElseThrow(NotFoundException::new);
        String style = in.choice("draft_style", DraftStyle.NAMES);
        in.validate();
        if (style != null) {
            draft.restyle(DraftStyle.of(style));
        }
        em.flush();
        return DraftFull.from(draft);
    }
}
