package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.identity.boundary.UserMini;
import java.util.List;

/** A draft as {@code /api/drafts/} answers it. */
public record DraftFull(long pk, TournamentForDraft tournament, List<DraftRoundInDraft> draftRounds, String draftStyle,
        List<UserMini> usersRemaining, Long latestRound) {

    /** By pk alone, as {@link UserMini#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    static DraftFull from(Draft draft) {
        return new DraftFull(draft.id(), TournamentForDraft.from(draft.tournament()),
                DraftRoundInDraft.all(draft, new RoundTeams(draft)), draft.style().wire(),
                UserMinis.of(draft.usersRemaining()), draft.latestRoundId());
    }
}
