package gg.pickban.draft.boundary;

import gg.pickban.draft.control.Drafting;
import gg.pickban.draft.entity.Draft;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/tournaments/init-draft} (draft.md §5.1): start or restart the tournament's draft.
 * Staff only; a tournament without player captains is refused with nothing changed (D19).
 */
@Path("tournaments/init-draft")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InitDraftResource {

    @Inject
    Caller caller;

    @Inject
    Drafting drafting;

    @Inject
    DraftBroadcast broadcast;

    @Inject
    TournamentAnswers answers;

    @POST
    @Transactional
    public Response start(JsonBody body) {
        caller.requireStaff();
        Input in = Input.of(body.json());
        Long tournamentPk = in.field("tournament_pk").required().longInteger();
        in.validate();
        Tournament tournament = drafting.lockedTournament(tournamentPk)
                .orElseThrow(() -> TournamentAnswers.notFound("Tournament not found"));
        Draft draft = drafting.draftOf(tournament);
        broadcast.announce(draft, drafting.start(draft));
        return answers.tournament(201, tournament);
    }
}
