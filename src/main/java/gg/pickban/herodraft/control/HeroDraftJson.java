package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.DraftTeam;
import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.tournament.entity.Tournament;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** HeroDraft on the wire: every success body, {@code initial_state} and every broadcast's {@code draft_state}. */
public record HeroDraftJson(
        long pk,
        long id,
        long game,
        Long tournamentId,
        String state,
        DraftTeamJson rollWinner,
        List<DraftTeamJson> draftTeams,
        List<HeroDraftRoundJson> rounds,
        Integer currentRound,
        boolean isManualPause,
        Instant createdAt,
        Instant updatedAt) {

    public static HeroDraftJson from(HeroDraft draft) {
        Tournament tournament = draft.game().tournament();
        List<DraftTeamJson> teams = draft.teams().stream().map(DraftTeamJson::from).toList();
        Map<Long, DraftTeamJson> byId = teams.stream().collect(Collectors.toMap(DraftTeamJson::id, Function.identity()));
        return new HeroDraftJson(draft.id(), draft.id(), draft.game().id(), tournament == null ? null : tournament.id(),
                draft.state().wire(), draft.rollWinner().map(DraftTeam::id).map(byId::get).orElse(null), teams,
                draft.rounds().stream().map(HeroDraftRoundJson::from).toList(), draft.currentRound(), draft.isManualPause(),
                draft.createdAt(), draft.updatedAt());
    }
}
