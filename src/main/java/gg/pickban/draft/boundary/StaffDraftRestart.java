package gg.pickban.draft.boundary;

import gg.pickban.draft.control.Drafting;
import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftEvent;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.tournament.entity.Tournament;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * What init-draft and draft-rebuild share: staff only, {@code {"tournament_pk"}}, the tournament
 * row-locked, the draft's events announced after commit and the tournament answered with 201.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class StaffDraftRestart {

    @Inject
    Caller caller;

    @Inject
    Drafting drafting;

    @Inject
    DraftBroadcast broadcast;

    @Inject
    TournamentAnswers answers;

    /** What the endpoint does to the tournament's draft. */
    abstract List<DraftEvent> apply(Draft draft);

    @POST
    @Transactional
    public Response restart(JsonBody body) {
        caller.requireStaff();
        Input in = Input.of(body.json());
        Long tournamentPk = in.field("tournament_pk").required().longInteger();
        in.validate();
        Tournament tournament = drafting.lockedTournament(tournamentPk)
                .orElseThrow(() -> TournamentAnswers.notFound("Tournament not found"));
        Draft draft = drafting.draftOf(tournament);
        broadcast.announce(draft, apply(draft));
        return answers.tournament(201, tournament);
    }
}
