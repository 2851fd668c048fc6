package gg.pickban.steam.control;

import gg.pickban.identity.entity.User;
import gg.pickban.steam.entity.MatchDetails;
import gg.pickban.steam.entity.PlayerMatchStats;
import gg.pickban.steam.entity.PlayerPerformance;
import gg.pickban.steam.entity.SteamMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores fetched matches (docs/rules.md §7.3): an upsert of the match and its player rows, linking rows to known users. */
@ApplicationScoped
public class MatchStore {

    @PersistenceContext
    EntityManager em;

    /** @param leagueId the league being synced; null keeps a stored match's league (docs/decisions.md D57) */
    @Transactional
    public SteamMatch store(MatchDetails details, Integer leagueId) {
        SteamMatch match = em.find(SteamMatch.class, details.matchId());
        if (match == null) {
            match = new SteamMatch(details.matchId());
            em.persist(match);
        }
        match.record(details, leagueId);
        Map<Long, User> owners = owners(details.players().stream().map(PlayerPerformance::steamId).toList());
        for (PlayerPerformance line : details.players()) {
            PlayerMatchStats row = match.recordPlayer(line);
            row.linkTo(owners.get(line.steamId()));
        }
        em.flush();
        return match;
    }

    private Map<Long, User> owners(List<Long> steamIds) {
        if (steamIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT u FROM User u WHERE u.steamid IN :ids", User.class).setParameter("ids", steamIds)
                .getResultStream().collect(Collectors.toMap(User::steamid, Function.identity()));
    }
}
