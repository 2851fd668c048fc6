package gg.pickban.draft.boundary;

import gg.pickban.draft.control.Drafting;
import gg.pickban.draft.entity.DraftRound;
import gg.pickban.draft.entity.Picked;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.ErrorBody;
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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/tournaments/pick_player} (draft.md §5.3), checks in the contract's order: body,
 * login, round, staff-or-round-captain (D17), user, then the draft's own rules. The round and its
 * draft are row-locked before anything about them is read, so of two picks for one round exactly
 * one succeeds and the other finds the choice made.
 */
@Tag(name = "draft")
@Path("tournaments/pick_player")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PickPlayerResource {

    static final String NOT_YOUR_ROUND = "Only staff or the captain for this round can make picks";

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

    @Operation(summary = "Pick a player in the current round (the round's captain or staff)")
    @APIResponse(responseCode = "201", description = "The tournament after the pick, with tie_resolution when a tie was rolled.",
            content = @Content(schema = @Schema(implementation = TournamentFull.class)))
    @POST
    @QueuedPerDraft
    @Transactional
    public Response pick(JsonBody body) {
        Input in = Input.of(body.json());
        Long roundPk = in.field("draft_round_pk").required().longInteger();
        Long userPk = in.field("user_pk").required().longInteger();
        in.validate();
        User caller = this.caller.require();
        DraftRound round = drafting.lockedRound(roundPk).orElseThrow(() -> TournamentAnswers.notFound("Draft round not found"));
        if (!this.caller.isStaff() && !round.isCaptainedBy(caller)) {
            throw new WebApplicationException(ErrorBody.error(403, NOT_YOUR_ROUND));
        }
        User player = Optional.ofNullable(em.find(User.class, userPk))
                .orElseThrow(() -> TournamentAnswers.notFound("User not found"));
        Picked picked = drafting.pick(round, player, em.find(User.class, caller.id()));
        broadcast.announce(round.draft(), picked.events());
        return answers.tournament(201, round.draft().tournament(), picked.tie());
    }
}
