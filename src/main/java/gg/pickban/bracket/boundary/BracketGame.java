package gg.pickban.bracket.boundary;

import gg.pickban.tournament.boundary.TeamInTournament;
import gg.pickban.tournament.entity.Game;
import java.util.Map;

/** A game as the bracket view reads it with its bracket fields (docs/rules.md §6); links are game pks. */
public record BracketGame(
        long pk,
        int round,
        int position,
        String bracketType,
        String eliminationType,
        TeamInTournament radiantTeam,
        TeamInTournament direTeam,
        TeamInTournament winningTeam,
        String status,
        Long nextGame,
        String nextGameSlot,
        Long loserNextGame,
        String loserNextGameSlot,
        int swissRecordWins,
        int swissRecordLosses,
        Long gameid,
        Long herodraftId) {

    public static BracketGame from(Game game, Map<Long, Long> heroDraftIds) {
        return new BracketGame(game.id(), game.round(), game.position(), game.bracketType(), game.eliminationType(),
                TeamInTournament.from(game.radiantTeam()), TeamInTournament.from(game.direTeam()),
                TeamInTournament.from(game.winningTeam()), game.status(),
                game.nextGame() == null ? null : game.nextGame().id(), game.nextGameSlot(),
                game.loserNextGame() == null ? null : game.loserNextGame().id(), game.loserNextGameSlot(),
                game.swissRecordWins(), game.swissRecordLosses(), game.steamMatchId(), heroDraftIds.get(game.id()));
    }
}
