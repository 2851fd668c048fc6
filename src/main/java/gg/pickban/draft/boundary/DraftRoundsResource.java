package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftRound;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.platform.control.RelatedRows;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/draftrounds/}: raw round administration (draft.md §10). Reads are open; writes are
 * staff-only and bypass the pick rules — no events, no roster changes — but still take the draft's
 * lock, so they never interleave with a pick. {@code pick_number} is ≥ 1 and {@code pick_phase} 1–4,
 * as the stored model says.
 */
@Tag(name = "draft")
@Path("draftrounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DraftRoundsResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RelatedRows rows;

    @Operation(summary = "List draft rounds")
    @GET
    @Transactional
    public List<DraftRoundInDraft> list() {
        return em.createNamedQuery(DraftRound.BY_PK, DraftRound.class).getResultStream().map(DraftRoundInDraft::from).toList();
    }

    /** Also {@code POST /api/draftround/register}. */
    @Operation(summary = "Create a draft round")
    @APIResponse(responseCode = "201", description = "The created round.",
            content = @Content(schema = @Schema(implementation = DraftRoundInDraft.class)))
    @POST
    @Transactional
    public Response create(JsonBody body) {
        caller.requireStaff();
        Changes changes = read(Input.of(body.json()));
        lock(changes.draft());
        DraftRound round = new DraftRound(changes.draft(), changes.captain(), changes.pickNumber(), changes.pickPhase());
        round.edit(changes.captain(), changes.choice(), changes.pickNumber(), changes.pickPhase());
        em.persist(round);
        em.flush();
        return Response.status(201).entity(DraftRoundInDraft.from(round)).build();
    }

    @Operation(summary = "Read a draft round")
    @GET
    @Path("{pk: [0-9]+}")
    @Transactional
    public DraftRoundInDraft get(@PathParam("pk") long pk) {
        return DraftRoundInDraft.from(existing(pk));
    }

    @Operation(summary = "Replace a draft round")
    @PUT
    @Path("{pk: [0-9]+}")
    @Transactional
    public DraftRoundInDraft replace(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.of(body.json()));
    }

    @Operation(summary = "Change fields of a draft round")
    @PATCH
    @Path("{pk: [0-9]+}")
    @Transactional
    public DraftRoundInDraft patch(@PathParam("pk") long pk, JsonBody body) {
        return update(pk, Input.partial(body.json()));
    }

    @Operation(summary = "Delete a draft round")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{pk: [0-9]+}")
    @Transactional
    public Response delete(@PathParam("pk") long pk) {
        caller.requireStaff();
        DraftRound round = existing(pk);
        lock(round.draft());
        round.detach();
        em.remove(round);
        em.flush();
        return Response.noContent().build();
    }

    private DraftRoundInDraft update(long pk, Input in) {
        caller.requireStaff();
        DraftRound round = existing(pk);
        Changes changes = read(in);
        lock(round.draft(), changes.draft());
        try {
            em.refresh(round);
        } catch (EntityNotFoundException deletedMeanwhile) {
            throw new NotFoundException();
        }
        if (changes.draft() != null && !changes.draft().id().equals(round.draft().id())) {
            round.moveTo(changes.draft());
        }
        round.edit(in.has("captain_id") ? changes.captain() : round.captain(), in.has("choice_id") ? changes.choice() : round.choice(),
                changes.pickNumber() != null ? changes.pickNumber() : round.pickNumber(),
                changes.pickPhase() != null ? changes.pickPhase() : round.pickPhase());
        em.flush();
        return DraftRoundInDraft.from(round);
    }

    private record Changes(Draft draft, User captain, Integer pickPhase, Integer pickNumber, User choice) {
    }

    private Changes read(Input in) {
        Long draftPk = in.field("draft").required().pk();
        Long captainPk = in.field("captain_id").nullable().pk();
        Integer pickPhase = in.field("pick_phase").required().min(1).max(4).integer();
        Integer pickNumber = in.field("pick_number").required().min(1).integer();
        Long choicePk = in.field("choice_id").nullable().pk();
        Draft draft = rows.one(in, "draft", Draft.class, draftPk);
        User captain = rows.one(in, "captain_id", User.class, captainPk);
        User choice = rows.one(in, "choice_id", User.class, choicePk);
        in.validate();
        return new Changes(draft, captain, pickPhase, pickNumber, choice);
    }

    /** The drafts' row locks, lowest pk first, like every other writer. */
    private void lock(Draft... drafts) {
        Stream.of(drafts).filter(d -> d != null).map(Draft::id).distinct().sorted(Comparator.naturalOrder())
                .forEach(id -> em.find(Draft.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private DraftRound existing(long pk) {
        return Optional.ofNullable(em.find(DraftRound.class, pk)).orElseThrow(NotFoundException::new);
    }
}
