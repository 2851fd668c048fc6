package gg.pickban.draft.boundary;

import gg.pickban.draft.control.Drafting;
import gg.pickban.draft.entity.Draft;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.tournament.boundary.TournamentFull;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/tournaments/undo-pick} (draft.md §5.4): takes back the latest pick. Staff only; 200, not 201. */
@Tag(name = "draft")
@Path("tournaments/undo-pick")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UndoPickResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Drafting drafting;

    @Inject
    DraftBroadcast broadcast;

    @Inject
    TournamentAnswers answers;

    @Operation(summary = "Undo the last pick of a draft (staff)")
    @APIResponse(responseCode = "200", description = "The tournament after the undo, or {} for a draft without one.",
            content = @Content(schema = @Schema(implementation = TournamentFull.class)))
    @POST
    @QueuedPerDraft
    @Transactional
    public Response undo(JsonBody body) {
        User staff = caller.requireStaff();
        Input in = Input.of(body.json());
        Long draftPk = in.field("draft_pk").required().longInteger();
        in.validate();
        Draft draft = drafting.lockedDraft(draftPk).orElseThrow(() -> TournamentAnswers.notFound("Draft not found"));
        broadcast.announce(draft, List.of(drafting.undo(draft, em.find(User.class, staff.id()))));
        // a draft made through the router has no tournament to answer with
        return draft.tournament() == null ? Response.ok(Map.of()).build() : answers.tournament(200, draft.tournament());
    }
}
