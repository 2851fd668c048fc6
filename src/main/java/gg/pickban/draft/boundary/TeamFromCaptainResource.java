package gg.pickban.draft.boundary;

import gg.pickban.draft.control.Drafting;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.tournament.boundary.TournamentFull;
import gg.pickban.tournament.entity.Tournament;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/tournaments/create-team-from-captain} (draft.md §5.5): a team of its own for a
 * captain, or a new {@code draft_order} for the team they already captain (D18). Staff only; 201.
 */
@Tag(name = "draft")
@Path("tournaments/create-team-from-captain")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamFromCaptainResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Drafting drafting;

    @Inject
    TournamentAnswers answers;

    @Operation(summary = "Create a team around a captain")
    @APIResponse(responseCode = "201", description = "The tournament with the new team.",
            content = @Content(schema = @Schema(implementation = TournamentFull.class)))
    @POST
    @Transactional
    public Response create(JsonBody body) {
        caller.requireStaff();
        Input in = Input.of(body.json());
        Long tournamentPk = in.field("tournament_pk").required().longInteger();
        Long userPk = in.field("user_pk").required().longInteger();
        // a team's draft_order is a small non-negative integer (league.md §1)
        Integer draftOrder = in.field("draft_order").min(0).max(32767).integer();
        in.validate();
        Tournament tournament = drafting.lockedTournament(tournamentPk)
                .orElseThrow(() -> TournamentAnswers.notFound("Tournament not found"));
        User user = Optional.ofNullable(em.find(User.class, userPk)).orElseThrow(() -> TournamentAnswers.notFound("User not found"));
        drafting.teamFromCaptain(tournament, user, draftOrder == null ? 0 : draftOrder);
        return answers.tournament(201, tournament);
    }
}
