package gg.pickban.bracket.control;

import gg.pickban.bracket.entity.BracketElement;
import gg.pickban.platform.control.FieldErrors;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saves a bracket by reconciling (docs/rules.md §6.1, docs/decisions.md D48): elements naming one of the tournament's
 * games update it in place (pk, Steam link, hero draft and suggestions kept), the others create
 * games, unreferenced games are deleted, then winner/loser links are resolved. The caller holds
 * the tournament row lock and the transaction.
 */
@ApplicationScoped
public class BracketSave {

    @PersistenceContext
    EntityManager em;

    public void save(Tournament tournament, List<BracketElement> elements) {
        Map<Long, Team> teams = new HashMap<>();
        tournament.teams().forEach(team -> teams.put(team.id(), team));
        Map<Long, Game> existing = new HashMap<>();
        tournament.games().forEach(game -> existing.put(game.id(), game));
        check(elements, teams);

        Map<String, Game> byElement = new HashMap<>();
        Set<Game> kept = new HashSet<>();
        for (BracketElement element : elements) {
            Game game = element.gameId() == null ? null : existing.get(element.gameId());
            if (game == null) {
                game = new Game(tournament);
                game.recordSteamMatch(element.steamMatchId());
                em.persist(game);
            }
            kept.add(game);
            byElement.put(element.id(), game);
            game.placeInBracket(element.round(), element.position(), element.bracketType(), element.eliminationType(),
                    element.status(), element.swissRecordWins(), element.swissRecordLosses());
            game.assignRadiant(teams.get(element.radiantTeamPk()));
            game.assignDire(teams.get(element.direTeamPk()));
            game.declareWinner(element.winner() == null ? null : game.teamIn(element.winner()));
            game.routeWinnerTo(null, null);
            game.routeLoserTo(null, null);
        }
        for (Game game : new ArrayList<>(tournament.games())) {
            if (!kept.contains(game)) {
                game.moveTo(null);
                em.remove(game);
            }
        }
        for (BracketElement element : elements) {
            Game game = byElement.get(element.id());
            game.routeWinnerTo(byElement.get(element.nextMatchId()), element.nextMatchSlot());
            game.routeLoserTo(byElement.get(element.loserNextMatchId()), element.loserNextMatchSlot());
        }
        em.flush();
    }

    private static void check(List<BracketElement> elements, Map<Long, Team> teams) {
        List<String> problems = new ArrayList<>();
        Set<Long> gameIds = new HashSet<>();
        for (BracketElement element : elements) {
            for (Long pk : new Long[] {element.radiantTeamPk(), element.direTeamPk()}) {
                if (pk != null && !teams.containsKey(pk)) {
                    problems.add(element.id() + ": Team " + pk + " is not a team of this tournament.");
                }
            }
            Long winnerPk = "radiant".equals(element.winner()) ? element.radiantTeamPk()
                    : "dire".equals(element.winner()) ? element.direTeamPk() : null;
            if (element.winner() != null && winnerPk == null) {
                problems.add(element.id() + ": The " + element.winner() + " slot has no team to win.");
            }
            if (element.gameId() != null && !gameIds.add(element.gameId())) {
                problems.add(element.id() + ": Game " + element.gameId() + " is used by more than one match.");
            }
        }
        if (!problems.isEmpty()) {
            throw new FieldErrors(Map.of("matches", problems));
        }
    }
}
