package gg.pickban.steam.control;

import gg.pickban.steam.entity.GameLineup;
import gg.pickban.steam.entity.SteamMatch;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Assigns the Steam matches played on a tournament's day to its unlinked games by time (docs/rules.md
 * §7.7): each captain's matches in time order are their games in bracket order, so a game takes
 * its captains' next match; failing that, the unused match with the highest overlap. In preview
 * nothing is linked.
 */
@ApplicationScoped
public class AutoAssign {

    public static final String CAPTAIN_SEQUENCE = "captain_sequence";
    public static final String OVERLAP_FALLBACK = "overlap_fallback";
    private static final Map<String, Integer> BRACKET_RANK = Map.of("swiss", 0, "winners", 1, "losers", 2, "grand_finals", 3);

    /** One game and the match chosen for it; the game numbers are each captain's 1-based match count. */
    public record Assignment(Game game, SteamMatch match, int overlap, Integer radiantGameNumber, Integer direGameNumber,
            String method) {
    }

    /** The whole run; {@code message} is set (and the totals meaningless) when it stopped early. */
    public record Outcome(String message, List<Assignment> assignments, int linkedCount, LocalDate tournamentDate,
            int totalUnlinkedGames, int totalCandidateMatches) {

        static Outcome stopped(String message) {
            return new Outcome(message, List.of(), 0, null, 0, 0);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MatchLinker linker;

    public Outcome run(Tournament tournament, boolean preview, int minOverlap) {
        LocalDate day = LocalDate.ofInstant(tournament.datePlayed(), ZoneOffset.UTC);
        List<Game> games = tournament.games().stream().sorted(Comparator.comparing(Game::bracketType)
                .thenComparingInt(Game::round).thenComparingInt(Game::position)).toList();
        List<Game> unlinked = games.stream().filter(g -> g.steamMatchId() == null).toList();
        if (unlinked.isEmpty()) {
            return Outcome.stopped("No unlinked games");
        }
        Set<Long> linkedHere = new HashSet<>();
        games.stream().map(Game::steamMatchId).filter(Objects::nonNull).forEach(linkedHere::add);
        List<SteamMatch> candidates = candidates(tournament, day).stream().filter(m -> !linkedHere.contains(m.matchId())).toList();
        if (candidates.isEmpty()) {
            return Outcome.stopped("No steam matches found for tournament day");
        }
        Map<Long, Integer> counters = new HashMap<>();
        for (Game game : games) {
            GameLineup lineup = GameLineup.of(game);
            captains(lineup).forEach(captain -> counters.merge(captain, game.steamMatchId() != null ? 1 : 0, Integer::sum));
        }
        List<Assignment> assignments = assign(unlinked, candidates, counters, minOverlap);
        int linked = 0;
        if (!preview) {
            for (Assignment assignment : assignments) {
                linker.link(assignment.game(), assignment.match());
                linked++;
            }
        }
        return new Outcome(null, assignments, linked, day, unlinked.size(), candidates.size());
    }

    private List<Assignment> assign(List<Game> unlinked, List<SteamMatch> candidates, Map<Long, Integer> counters, int minOverlap) {
        Set<Long> used = new HashSet<>();
        List<Assignment> assignments = new ArrayList<>();
        for (Game game : unlinked.stream().sorted(Comparator.comparingInt((Game g) -> BRACKET_RANK.getOrDefault(g.bracketType(), 99))
                .thenComparingInt(Game::round).thenComparingInt(Game::position)).toList()) {
            GameLineup lineup = GameLineup.of(game);
            if (lineup.players().isEmpty()) {
                continue;
            }
            SteamMatch best = null;
            int bestOverlap = -1;
            for (Long captain : captains(lineup).toList()) {
                List<SteamMatch> theirs = candidates.stream().filter(m -> m.playerIds().contains(captain)).toList();
                int next = counters.getOrDefault(captain, 0);
                if (next < theirs.size()) {
                    SteamMatch match = theirs.get(next);
                    int overlap = lineup.overlap(match.playerIds());
                    if (!used.contains(match.matchId()) && overlap >= minOverlap && overlap > bestOverlap) {
                        best = match;
                        bestOverlap = overlap;
                    }
                }
            }
            String method = CAPTAIN_SEQUENCE;
            if (best == null) {
                method = OVERLAP_FALLBACK;
                for (SteamMatch match : candidates) {
                    int overlap = lineup.overlap(match.playerIds());
                    if (!used.contains(match.matchId()) && overlap >= minOverlap && overlap > bestOverlap) {
                        best = match;
                        bestOverlap = overlap;
                    }
                }
            }
            if (best != null) {
                used.add(best.matchId());
                Integer radiantNumber = gameNumber(counters, lineup.radiantCaptain());
                Integer direNumber = gameNumber(counters, lineup.direCaptain());
                captains(lineup).forEach(captain -> counters.merge(captain, 1, Integer::sum));
                assignments.add(new Assignment(game, best, bestOverlap, radiantNumber, direNumber, method));
            }
        }
        return assignments;
    }

    /** Matches of the tournament's UTC day (00:00:00–23:59:59), of its Steam league when it has one, in time order. */
    private List<SteamMatch> candidates(Tournament tournament, LocalDate day) {
        long from = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        boolean ofLeague = tournament.steamLeagueId() != 0;
        TypedQuery<SteamMatch> query = em.createQuery("SELECT m FROM SteamMatch m WHERE m.startTime BETWEEN :from AND :to"
                        + (ofLeague ? " AND m.leagueId = :league" : "") + " ORDER BY m.startTime, m.matchId", SteamMatch.class)
                .setParameter("from", from).setParameter("to", from + 86_399);
        if (ofLeague) {
            query.setParameter("league", tournament.steamLeagueId());
        }
        return query.getResultList();
    }

    private static Stream<Long> captains(GameLineup lineup) {
        return Stream.of(lineup.radiantCaptain(), lineup.direCaptain()).filter(Objects::nonNull);
    }

    private static Integer gameNumber(Map<Long, Integer> counters, Long captain) {
        return captain == null ? null : counters.getOrDefault(captain, 0) + 1;
    }
}
