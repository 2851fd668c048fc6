package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.identity.boundary.UserMini;
import java.util.List;

/** A draft as {@code /api/drafts/} answers it (draft.md §2.3). */
public record DraftFull(long pk, TournamentForDraft tournament, List<DraftRoundInDraft> draftRounds, String draftStyle,
        List<UserMini> usersRemaining, Long latestRound) {

    static DraftFull from(Draft draft) {
        return new DraftFull(draft.id(), TournamentForDraft.from(draft.tournament()),
                DraftRoundInDraft.all(draft, new RoundTeams(draft)), draft.style().wire(),
                UserMinis.of(draft.usersRemaining()), draft.latestRoundId());
    }
}
