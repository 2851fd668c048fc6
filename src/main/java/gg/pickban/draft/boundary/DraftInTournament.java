package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.identity.boundary.UserMini;
import gg.pickban.tournament.boundary.TeamInTournament;
import java.util.List;

/**
 * The draft nested in {@code TournamentFull.draft} and sent as the sockets' {@code draft_state}
 * ({@code users_remaining} and {@code latest_round} as in docs/rules.md §4.1). {@code latest_round} is a round pk.
 */
public record DraftInTournament(long pk, List<DraftRoundInDraft> draftRounds, List<UserMini> usersRemaining, Long latestRound,
        String draftStyle, TournamentTeams tournament) {

    /** By pk alone, as {@link UserMini#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    /** The draft's tournament as the draft shows it: its pk and teams by pk. */
    public record TournamentTeams(long pk, List<TeamInTournament> teams) {

        /** By pk alone, as {@link UserMini#hashCode()} explains. */
        @Override
        public int hashCode() {
            return Long.hashCode(pk);
        }
    }

    public static DraftInTournament from(Draft draft) {
        RoundTeams teams = new RoundTeams(draft);
        return new DraftInTournament(draft.id(), DraftRoundInDraft.all(draft, teams), UserMinis.of(draft.usersRemaining()),
                draft.latestRoundId(), draft.style().wire(),
                draft.tournament() == null ? null : new TournamentTeams(draft.tournament().id(), teams.byPk()));
    }
}
