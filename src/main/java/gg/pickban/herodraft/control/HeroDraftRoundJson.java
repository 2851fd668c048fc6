package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.HeroDraftRound;
import java.time.Instant;

/** HeroDraftRound on the wire: the team as its DraftTeam id plus its name. */
public record HeroDraftRoundJson(
        long id,
        int roundNumber,
        String actionType,
        Integer heroId,
        String state,
        int graceTimeMs,
        Instant startedAt,
        Instant completedAt,
        long draftTeam,
        String teamName) {

    public static HeroDraftRoundJson from(HeroDraftRound round) {
        return new HeroDraftRoundJson(round.id(), round.roundNumber(), round.actionType().wire(), round.heroId(), round.state(),
                round.graceTimeMs(), round.startedAt(), round.completedAt(), round.draftTeam().id(),
                round.draftTeam().tournamentTeam().name());
    }
}
