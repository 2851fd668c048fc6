package gg.pickban.bracket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The seed's standard bracket (e2e-seed.md §3.6), played out as tournament 1 is. */
class StandardBracketTest {

    private final Tournament tournament = new Tournament("Completed Bracket Test", Instant.EPOCH, "double_elimination", 17929);
    private final List<Team> teams = Stream.of("Alpha", "Beta", "Gamma", "Delta").map(n -> new Team(tournament, "Team " + n)).toList();

    @Test
    void tournamentOnesResultsSendWinnersAndLosersAlongTheRoutes() {
        List<Game> games = StandardBracket.of(tournament, teams)
                .play(List.of(true, false, true, false, true, true), List.of(9000000001L, 9000000002L)).games();
        assertEquals(List.of("Team Alpha", "Team Delta", "Team Beta", "Team Delta", "Team Beta", "Team Delta"),
                games.stream().map(g -> g.winningTeam().name()).toList());
        assertEquals("Team Beta v Team Gamma", matchUp(games.get(2)));
        assertEquals("Team Beta v Team Alpha", matchUp(games.get(4)));
        assertEquals("Team Delta v Team Beta", matchUp(games.get(5)));
        assertEquals(List.of("winners", "winners", "losers", "winners", "losers", "grand_finals"),
                games.stream().map(Game::bracketType).toList());
        assertEquals(9000000002L, games.get(1).steamMatchId());
        assertNull(games.get(2).steamMatchId());
        assertEquals(games.get(3), games.get(0).nextGame());
        assertEquals("radiant", games.get(0).loserNextGameSlot());
        assertEquals(6, tournament.games().size());
    }

    @Test
    void withoutLinksKeepsWhoPlaysWhomButNoRoutes() {
        List<Game> games = StandardBracket.of(tournament, teams).play(List.of(true, false), List.of()).withoutLinks().games();
        assertEquals("Team Beta v Team Gamma", matchUp(games.get(2)));
        assertEquals("Team Alpha v Team Delta", matchUp(games.get(3)));
        assertEquals("pending", games.get(3).status());
        games.forEach(game -> {
            assertNull(game.nextGame());
            assertNull(game.loserNextGame());
        });
    }

    private static String matchUp(Game game) {
        return game.radiantTeam().name() + " v " + game.direTeam().name();
    }
}
