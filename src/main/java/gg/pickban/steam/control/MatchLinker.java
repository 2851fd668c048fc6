package gg.pickban.steam.control;

import gg.pickban.steam.entity.GameLineup;
import gg.pickban.steam.entity.GameMatchSuggestion;
import gg.pickban.steam.entity.SteamMatch;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Pairs stored Steam matches with tournament games (docs/rules.md §7.7): links a game to a match (and
 * decides it when the winner is clear), checks a newly synced match against the games of its day
 * (docs/decisions.md D39, D42), and auto-links a whole tournament, storing a suggestion for every
 * candidate it looked at.
 */
@ApplicationScoped
public class MatchLinker {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Link: the match id, and winner plus completed when the winner is known. */
    public void link(Game game, SteamMatch match) {
        GameLineup lineup = GameLineup.of(game);
        game.playedAs(match.matchId(), lineup.winner(match.radiantIds(), match.direIds(), match.radiantWin())
                .map(winner -> winner == GameLineup.Winner.RADIANT_TEAM ? game.radiantTeam() : game.direTeam())
                .orElse(null));
    }

    /** The per-match check after a sync: the unlinked games of tournaments played on the match's UTC day. */
    @Transactional
    public void checkNewMatch(long matchId) {
        SteamMatch match = em.find(SteamMatch.class, matchId);
        if (match == null || match.players().isEmpty()) {
            return;
        }
        Instant dayStart = LocalDate.ofInstant(Instant.ofEpochSecond(match.startTime()), ZoneOffset.UTC)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Tournament> sameDay = em.createQuery("SELECT t FROM Tournament t WHERE t.datePlayed >= :start AND t.datePlayed < :end"
                        + " ORDER BY t.id", Tournament.class)
                .setParameter("start", dayStart).setParameter("end", dayStart.plusSeconds(86_400)).getResultList();
        for (Tournament tournament : sameDay) {
            for (Game game : tournament.games()) {
                if (game.steamMatchId() == null) {
                    consider(game, match);
                }
            }
        }
    }

    /** Auto-link of a whole tournament; an unknown tournament counts nothing. */
    @Transactional
    public Linked autoLink(long tournamentId) {
        Tournament tournament = em.find(Tournament.class, tournamentId);
        int linked = 0;
        int suggested = 0;
        if (tournament == null) {
            return new Linked(0, 0);
        }
        for (Game game : tournament.games()) {
            if (game.steamMatchId() != null) {
                continue;
            }
            GameLineup lineup = GameLineup.of(game);
            if (lineup.players().isEmpty()) {
                continue;
            }
            List<SteamMatch> candidates = em.createQuery("SELECT DISTINCT m FROM SteamMatch m JOIN m.players p"
                    + " WHERE p.steamId IN :ids ORDER BY m.matchId", SteamMatch.class)
                    .setParameter("ids", lineup.players()).getResultList();
            for (SteamMatch match : candidates) {
                Considered outcome = consider(game, match);
                if (outcome == Considered.LINKED) {
                    linked++;
                    break;
                }
                if (outcome == Considered.SUGGESTED) {
                    suggested++;
                }
            }
        }
        return new Linked(linked, suggested);
    }

    private enum Considered { SKIPPED, SUGGESTED, LINKED }

    /** One game against one match: nothing without overlap or with a suggestion already stored. */
    private Considered consider(Game game, SteamMatch match) {
        GameLineup lineup = GameLineup.of(game);
        int overlap = lineup.overlap(match.playerIds());
        if (overlap == 0 || hasSuggestion(game, match)) {
            return Considered.SKIPPED;
        }
        boolean certain = GameMatchSuggestion.isCertain(overlap);
        if (certain) {
            link(game, match);
        }
        em.persist(new GameMatchSuggestion(game, match, overlap, lineup.tier(match.playerIds()), certain, clock.instant()));
        em.flush();
        return certain ? Considered.LINKED : Considered.SUGGESTED;
    }

    private boolean hasSuggestion(Game game, SteamMatch match) {
        return em.createNamedQuery(GameMatchSuggestion.EXISTS, Long.class).setParameter("game", game.id())
                .setParameter("match", match.matchId()).getSingleResult() > 0;
    }

    /** What auto-link did: games linked, suggestions stored without a link. */
    public record Linked(int games, int suggestions) {
    }
}
