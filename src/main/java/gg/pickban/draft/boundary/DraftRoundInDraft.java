package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftRound;
import gg.pickban.identity.boundary.UserMini;
import gg.pickban.tournament.boundary.TeamInTournament;
import java.util.List;

/**
 * A round inside a draft; {@code team} is the round's team. The router's DraftRoundFull
 * reads the same keys, so it is this shape too. {@code was_tie} and {@code tie_roll_data} are
 * never exposed.
 */
public record DraftRoundInDraft(long pk, UserMini captain, int pickPhase, int pickNumber, UserMini choice,
        TeamInTournament team) {

    /** By pk alone, as {@link UserMini#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    static List<DraftRoundInDraft> all(Draft draft, RoundTeams teams) {
        return draft.rounds().stream().map(round -> from(round, teams)).toList();
    }

    static DraftRoundInDraft from(DraftRound round) {
        return from(round, new RoundTeams(round.draft()));
    }

    private static DraftRoundInDraft from(DraftRound round, RoundTeams teams) {
        return new DraftRoundInDraft(round.id(), UserMinis.of(round.captain()), round.pickPhase(), round.pickNumber(),
                UserMinis.of(round.choice()), teams.of(round));
    }
}
