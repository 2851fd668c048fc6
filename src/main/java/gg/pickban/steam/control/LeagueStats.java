package gg.pickban.steam.control;

import gg.pickban.platform.control.WriteTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recomputes league stats and league MMR (docs/rules.md §7.4, §7.5) inside the caller's transaction, on the
 * persistence context's own connection so pending entity changes are seen and nothing deadlocks.
 */
@ApplicationScoped
public class LeagueStats {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WriteTracker writes;

    @Inject
    @ConfigProperty(name = "pickban.league-mmr.min-games", defaultValue = "5")
    int minGames;

    @Transactional
    public void recompute(Collection<Integer> leagueIds) {
        leagueIds.stream().distinct().sorted().forEach(this::recomputeOne);
    }

    @Transactional
    public void recompute(int leagueId) {
        recomputeOne(leagueId);
    }

    /** After a user's self-reported MMR changed (docs/rules.md §7.5). */
    @Transactional
    public void leagueMmrOf(long userId) {
        try {
            LeagueStatsSql.leagueMmrOf(connection(), userId);
        } catch (SQLException e) {
            throw new IllegalStateException("league MMR of user " + userId + " failed", e);
        }
        writes.written();
    }

    private void recomputeOne(int leagueId) {
        try {
            LeagueStatsSql.recompute(connection(), leagueId, minGames, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("stats recompute of league " + leagueId + " failed", e);
        }
        writes.written();
    }

    private Connection connection() {
        em.flush();
        return em.unwrap(Connection.class);
    }
}
