package gg.pickban.bracket.control;

import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard 4-team double-elimination bracket of the seed and the demo generator (e2e-seed.md
 * §3.6): G0 and G1 open the winners bracket, G2 and G4 are the losers bracket, G3 the winners final
 * and G5 the grand final. Games are made in that order, so persisting them in list order gives
 * consecutive pks.
 */
public final class StandardBracket {

    private final List<Game> games = new ArrayList<>();

    private StandardBracket(Tournament tournament) {
        games.add(game(tournament, "winners", 1, 0));
        games.add(game(tournament, "winners", 1, 1));
        games.add(game(tournament, "losers", 1, 0));
        games.add(game(tournament, "winners", 2, 0));
        games.add(game(tournament, "losers", 2, 0));
        games.add(game(tournament, "grand_finals", 1, 0));
        route(0, 3, "radiant", 2, "radiant");
        route(1, 3, "dire", 2, "dire");
        route(2, 4, "radiant", -1, null);
        route(3, 5, "radiant", 4, "dire");
        route(4, 5, "dire", -1, null);
    }

    /** The six games, G0 = first v second, G1 = third v fourth, the rest empty and everything pending. */
    public static StandardBracket of(Tournament tournament, List<Team> firstFour) {
        StandardBracket bracket = new StandardBracket(tournament);
        bracket.games.get(0).assignRadiant(firstFour.get(0));
        bracket.games.get(0).assignDire(firstFour.get(1));
        bracket.games.get(1).assignRadiant(firstFour.get(2));
        bracket.games.get(1).assignDire(firstFour.get(3));
        return bracket;
    }

    /**
     * Decides the first games in order (true = radiant wins), sending winner and loser on as the
     * routes say, and links each decided game to its Steam match when {@code matchIds} names one.
     */
    public StandardBracket play(List<Boolean> radiantWins, List<Long> matchIds) {
        for (int i = 0; i < radiantWins.size(); i++) {
            Game game = games.get(i);
            String winnerSlot = radiantWins.get(i) ? "radiant" : "dire";
            Team winner = game.teamIn(winnerSlot);
            Team loser = game.complete(winnerSlot);
            if (game.nextGame() != null) {
                game.nextGame().seat(game.nextGameSlot(), winner);
            }
            if (game.loserNextGame() != null) {
                game.loserNextGame().seat(game.loserNextGameSlot(), loser);
            }
            if (i < matchIds.size()) {
                game.recordSteamMatch(matchIds.get(i));
            }
        }
        return this;
    }

    /** Drops the winner and loser routes ("without links"), keeping who plays whom. */
    public StandardBracket withoutLinks() {
        games.forEach(game -> {
            game.routeWinnerTo(null, null);
            game.routeLoserTo(null, null);
        });
        return this;
    }

    public List<Game> games() {
        return games;
    }

    private static Game game(Tournament tournament, String bracketType, int round, int position) {
        Game game = new Game(tournament);
        game.placeInBracket(round, position, bracketType, "double", "pending", 0, 0);
        return game;
    }

    private void route(int from, int winnerTo, String winnerSlot, int loserTo, String loserSlot) {
        games.get(from).routeWinnerTo(games.get(winnerTo), winnerSlot);
        if (loserTo >= 0) {
            games.get(from).routeLoserTo(games.get(loserTo), loserSlot);
        }
    }
}
