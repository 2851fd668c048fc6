package gg.pickban.tournament.boundary;

import gg.pickban.tournament.entity.Game;
import java.util.Map;

/** The game as {@code /api/games/} returns it; bracket fields are not part of it. */
public record GameFull(long pk, TeamInTournament radiantTeam, TeamInTournament direTeam, Long gameid, int round,
        TeamInTournament winningTeam, Long herodraftId) {

    /** By pk alone, as {@link gg.pickban.identity.boundary.UserMini#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    public static GameFull from(Game game, Map<Long, Long> heroDraftIds) {
        return new GameFull(game.id(), TeamInTournament.from(game.radiantTeam()), TeamInTournament.from(game.direTeam()),
                game.steamMatchId(), game.round(), TeamInTournament.from(game.winningTeam()), heroDraftIds.get(game.id()));
    }
}
