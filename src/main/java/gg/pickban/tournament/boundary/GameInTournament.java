package gg.pickban.tournament.boundary;

import gg.pickban.tournament.entity.Game;
import java.util.Map;

/** A game inside {@code TournamentFull.games}. */
public record GameInTournament(long pk, TeamInTournament radiantTeam, TeamInTournament direTeam, Long gameid, int round,
        TeamInTournament winningTeam, Long herodraftId) {

    /** By pk alone, as {@link gg.pickban.identity.boundary.UserMini#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    public static GameInTournament from(Game game, Map<Long, Long> heroDraftIds) {
        return new GameInTournament(game.id(), TeamInTournament.from(game.radiantTeam()),
                TeamInTournament.from(game.direTeam()), game.steamMatchId(), game.round(),
                TeamInTournament.from(game.winningTeam()), heroDraftIds.get(game.id()));
    }
}
