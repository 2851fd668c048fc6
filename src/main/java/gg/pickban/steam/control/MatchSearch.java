package gg.pickban.steam.control;

import gg.pickban.identity.entity.User;
import gg.pickban.steam.entity.SteamMatch;
import gg.pickban.tournament.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stored matches by who played in them ({@code steam/find-by-players/}, "matches of a team"), newest first. */
@ApplicationScoped
public class MatchSearch {

    @PersistenceContext
    EntityManager em;

    public Optional<SteamMatch> find(long matchId) {
        return Optional.ofNullable(em.find(SteamMatch.class, matchId));
    }

    /**
     * @param requireAll matches containing every one of the ids, else any of them
     * @param leagueId   only matches of that Steam league, when given
     */
    public List<SteamMatch> withPlayers(Collection<Long> steamIds, boolean requireAll, Integer leagueId) {
        List<Long> ids = steamIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String players = "SELECT p.match.matchId FROM PlayerMatchStats p WHERE p.steamId IN :ids"
                + (requireAll ? " GROUP BY p.match.matchId HAVING COUNT(DISTINCT p.steamId) = :count" : "");
        TypedQuery<SteamMatch> query = em.createQuery("SELECT m FROM SteamMatch m WHERE m.matchId IN (" + players + ")"
                + (leagueId != null ? " AND m.leagueId = :league" : "") + " ORDER BY m.startTime DESC, m.matchId DESC", SteamMatch.class)
                .setParameter("ids", ids);
        if (requireAll) {
            query.setParameter("count", (long) ids.size());
        }
        if (leagueId != null) {
            query.setParameter("league", leagueId);
        }
        return query.getResultList();
    }

    /** Matches any member of the team played; none for a team without Steam ids. */
    public List<SteamMatch> ofTeam(Team team) {
        return withPlayers(team.members().stream().map(User::steamid).filter(Objects::nonNull).filter(id -> id != 0).toList(),
                false, null);
    }
}
